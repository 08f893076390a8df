/**
 * Server-side registry: which visuals exist, their states and their components.
 * A visual is registered by existing: src/visuals/<name>/meta.ts plus Visual.astro.
 */
import { stateOf, type VisualMeta, type VisualProps } from './types';
import type { ChapterVisual } from '../lib/story-model';
import type { Download } from './kit/downloads';

/** An Astro component taking VisualProps (Astro components are functions of their props). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro components return any
export type VisualComponent = (props: VisualProps) => any;

const metas = import.meta.glob<{ default: VisualMeta }>(['./*/meta.ts', '!./kit/**'], { eager: true });
const components = import.meta.glob<{ default: VisualComponent }>('./*/Visual.astro', { eager: true });
const notes = import.meta.glob<{ default: VisualComponent }>('./*/Notes.astro', { eager: true });
const clients = import.meta.glob('./*/client.ts');
const downloads = import.meta.glob<{ default: Download[] }>(['./*/downloads.ts', '!./kit/**'], { eager: true });

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

/** Every file the visuals offer under /data/ (their downloads.ts), checked for clashing paths. */
export function allDownloads(): Download[] {
  const seen = new Map<string, string>();
  const all: Download[] = [];
  for (const [path, mod] of Object.entries(downloads)) {
    const folder = folderOf(path);
    for (const download of mod.default) {
      const other = seen.get(download.path);
      if (other) throw new Error(`src/visuals/${folder}/downloads.ts: /data/${download.path} is already offered by ${other}`);
      seen.set(download.path, folder);
      all.push(download);
    }
  }
  return all;
}

/**
 * The props a visual's components receive for one chapter, each state checked against the
 * visual's meta: an unknown state fails the build here, naming the visual and its states.
 */
export function propsFor(visual: ChapterVisual, chapter: string, idPrefix: string): VisualProps {
  const registered = visuals.get(visual.name);
  if (!registered) throw new Error(`visual ${visual.name} is not registered`);
  const { meta } = registered;
  return {
    state: stateOf(meta, visual.keyState),
    states: visual.states.map((s) => stateOf(meta, s)),
    idPrefix,
    chapter,
    notesHome: visual.notesHome,
  };
}
