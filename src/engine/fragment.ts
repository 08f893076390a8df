/**
 * Reading the URL fragment defensively: it is user input. A fragment names a chapter
 * (`#kherson`) or a passage (`#kherson-2`, 1-based). Anything else is ignored.
 */
import { isSlug } from '../visuals/kit/slug';

export interface FragmentTarget {
  chapter: string;
  /** 0-based step, or null for the chapter itself. */
  step: number | null;
}

const MAX_LENGTH = 120;
/** A passage: a chapter slug, a hyphen and a 1-based number of at most three digits. */
const PASSAGE = /^(.+)-(\d{1,3})$/;

/** Decodes `#…` safely; returns null for malformed percent-encoding or oversize input. */
export function decodeFragment(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length === 0 || raw.length > MAX_LENGTH * 3) return null;
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.length <= MAX_LENGTH ? decoded : null;
  } catch {
    return null;
  }
}

/** The chapter (and step) a fragment names, if `chapters` knows it. */
export function parseFragment(hash: string, chapters: ReadonlyMap<string, number>): FragmentTarget | null {
  const id = decodeFragment(hash);
  if (id === null) return null;
  if (chapters.has(id)) return { chapter: id, step: null };
  const match = PASSAGE.exec(id);
  if (!match) return null;
  const [, chapter, n] = match;
  if (!isSlug(chapter) || n === undefined) return null;
  const count = chapters.get(chapter);
  const step = Number(n) - 1;
  if (count === undefined || step < 0 || step >= count) return null;
  return { chapter, step };
}
