/**
 * Browser-side registry: visual name → lazily imported client module. Each visual's code
 * becomes its own chunk, fetched only when the engine first needs that visual.
 */
import type { VisualClient } from './types';

const loaders = import.meta.glob<VisualClient>('./*/client.ts');

const cache = new Map<string, Promise<VisualClient | null>>();

/** The visual's client, or null when it has none (it changes state by CSS alone) or fails to load. */
export function loadVisualClient(name: string): Promise<VisualClient | null> {
  let pending = cache.get(name);
  if (!pending) {
    const loader = loaders[`./${name}/client.ts`];
    pending = loader
      ? loader().catch((error: unknown) => {
          console.warn(`visual "${name}" could not load; its static picture stays`, error);
          return null;
        })
      : Promise.resolve(null);
    cache.set(name, pending);
  }
  return pending;
}
