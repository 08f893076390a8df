/**
 * Reading the URL fragment defensively: it is user input. The decoded fragment is only ever
 * looked up as an element id (src/scripts/reveal-target.ts); chapters and passages are reached
 * by the browser's own fragment navigation to their ids.
 */
const MAX_LENGTH = 120;

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
