/**
 * Server-side registry: which visuals exist, their states and their components.
 * A visual is registered by existing: src/visuals/<name>/meta.ts plus Visual.astro.
 */
import type { VisualMeta, VisualProps } from './types';

/** An Astro component taking VisualProps (Astro components are functions of their props). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro components return any
export type VisualComponent = (props: VisualProps) => any;

const metas = import.meta.glob<{ default: VisualMeta }>('./*/meta.ts', { eager: true });
const components = import.meta.glob<{ default: VisualComponent }>('./*/Visual.astro', { eager: true });
const notes = import.meta.glob<{ default: VisualComponent }>('./*/Notes.astro', { eager: true });
const clients = import.meta.glob('./*/client.ts');

function folderOf(path: string): string {
  return path.split('/')[1] ?? '';
}

export interface RegisteredVisual {
  meta: VisualMeta;
  component: VisualComponent;
  /** Notes.astro, if the visual has one. */
  notes: VisualComponent | null;
  hasClient: boolean;
}

function build(): Map<string, RegisteredVisual> {
  const registry = new Map<string, RegisteredVisual>();
  for (const [path, mod] of Object.entries(metas)) {
    const folder = folderOf(path);
    const meta = mod.default;
    if (meta.name !== folder) {
      throw new Error(`src/visuals/${folder}/meta.ts: name "${meta.name}" must equal its folder name "${folder}"`);
    }
    const component = components[`./${folder}/Visual.astro`]?.default;
    if (!component) {
      // Work in progress: not registered, so chapters naming it fail validation with a clear message.
      console.warn(`src/visuals/${folder}/: meta.ts has no Visual.astro beside it yet; the visual is not registered`);
      continue;
    }
    registry.set(folder, { meta, component, notes: notes[`./${folder}/Notes.astro`]?.default ?? null, hasClient: `./${folder}/client.ts` in clients });
  }
  return registry;
}

export const visuals: ReadonlyMap<string, RegisteredVisual> = build();

/** Name → ordered state names: what the story model needs to validate content. */
export function visualStates(): Map<string, string[]> {
  return new Map([...visuals].map(([name, v]) => [name, Object.keys(v.meta.states)]));
}
