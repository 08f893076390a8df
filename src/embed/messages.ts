/**
 * The messages an embedded chapter and its host page exchange, and their validation.
 * Shared by the frame (src/embed/frame.ts) and the loader (src/embed/loader.ts); pure, so
 * Vitest checks every rule in messages.test.ts. Documented for newsrooms in docs/embeds.md.
 *
 * Two protocols, both directions validated, everything else ignored silently:
 *   JSON   plain objects `{ source: 'mixed-messages-embed', version: 1, type, id, ... }`
 *   Pym.js strings `pymxPYMx<id>xPYMx<type>xPYMx<value>` (Pym.js 1.x), so a newsroom's
 *          existing Pym parent sizes the frame (and, with `data-pym-trackscroll`, scrolls it).
 * The frame never sends Pym's `navigateTo` or `scrollToChildPos`: nothing here can move the host.
 */

export const SOURCE = 'mixed-messages-embed';
export const VERSION = 1;

/** Largest frame height we report or accept, in CSS px (a chapter is far shorter). */
export const MAX_HEIGHT = 40_000;
/** Largest viewport dimension or offset accepted from a host, in CSS px. */
export const MAX_COORD = 10_000_000;
/** Longest string message even looked at (Pym messages are a few dozen characters). */
export const MAX_STRING = 256;

const PYM_DELIMITER = 'xPYMx';
const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
const CHAPTER_SHAPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// ---- Frame → host ----

/** The frame has started; `steps` passages, `height` px tall. */
export interface ReadyMessage {
  source: typeof SOURCE;
  version: typeof VERSION;
  type: 'ready';
  id: string | null;
  chapter: string;
  steps: number;
  height: number;
}
/** The frame's content height in CSS px; sent on load and whenever it changes. */
export interface HeightMessage {
  source: typeof SOURCE;
  version: typeof VERSION;
  type: 'height';
  id: string | null;
  chapter: string;
  height: number;
}
/** The active passage changed (0-based `step`). For hosts' own use (analytics, captions). */
export interface StepMessage {
  source: typeof SOURCE;
  version: typeof VERSION;
  type: 'step';
  id: string | null;
  chapter: string;
  step: number;
}
export type FrameMessage = ReadyMessage | HeightMessage | StepMessage;

// ---- Host → frame ----

/**
 * Where the frame sits in the host's viewport: `top` is the frame's top edge relative to the
 * top of the host's viewport (negative once scrolled past), `height`/`width` the host viewport.
 */
export interface ViewportMessage {
  source: typeof SOURCE;
  version: typeof VERSION;
  type: 'viewport';
  id: string;
  top: number;
  height: number;
  width: number;
}

/** What the frame does with a valid host message. */
export type HostCommand =
  | { kind: 'viewport'; top: number; height: number; width: number }
  /** Pym's `width`: the parent wants the height again. */
  | { kind: 'width'; width: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Frame ids name one embed on a host page: short, URL- and regex-safe. */
export function isFrameId(value: unknown): value is string {
  return typeof value === 'string' && ID_SHAPE.test(value);
}

/** Chapter ids are the story's slugs: lower-case words joined by hyphens. */
export function isChapterId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && CHAPTER_SHAPE.test(value);
}

/** Clamps and rounds up a measured height to what we report. */
export function reportableHeight(px: number): number {
  if (!Number.isFinite(px) || px < 0) return 0;
  return Math.min(MAX_HEIGHT, Math.ceil(px));
}

export function heightMessage(id: string | null, chapter: string, height: number): HeightMessage {
  return { source: SOURCE, version: VERSION, type: 'height', id, chapter, height: reportableHeight(height) };
}
export function readyMessage(id: string | null, chapter: string, steps: number, height: number): ReadyMessage {
  return { source: SOURCE, version: VERSION, type: 'ready', id, chapter, steps, height: reportableHeight(height) };
}
export function stepMessage(id: string | null, chapter: string, step: number): StepMessage {
  return { source: SOURCE, version: VERSION, type: 'step', id, chapter, step };
}
export function viewportMessage(id: string, top: number, height: number, width: number): ViewportMessage {
  return { source: SOURCE, version: VERSION, type: 'viewport', id, top, height, width };
}

/** A Pym.js message string: `pymxPYMx<id>xPYMx<type>xPYMx<value>`. */
export function pymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join(PYM_DELIMITER);
}

/** Splits a Pym.js message addressed to `id`; null for anything else (or oversize input). */
export function parsePym(data: unknown, id: string): { type: string; value: string } | null {
  if (typeof data !== 'string' || data.length > MAX_STRING || !isFrameId(id)) return null;
  const prefix = `pym${PYM_DELIMITER}${id}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(PYM_DELIMITER);
  if (at <= 0) return null;
  const type = rest.slice(0, at);
  if (!/^[A-Za-z-]{1,40}$/.test(type)) return null;
  return { type, value: rest.slice(at + PYM_DELIMITER.length) };
}

/** A decimal number as Pym writes them (`"740"`, `"-1234.5"`); null otherwise. */
function pymNumber(text: string | undefined): number | null {
  if (text === undefined || !/^-?\d{1,9}(?:\.\d{1,6})?$/.test(text)) return null;
  return Number(text);
}

/**
 * Validates a message the frame received from its host. `id` is the frame id our loader gave
 * (`?id=`), `pymId` the one a Pym.js parent gave (`?childId=`); either may be null.
 * Returns the command to carry out, or null to ignore the message.
 */
export function parseHostMessage(data: unknown, id: string | null, pymId: string | null): HostCommand | null {
  if (isRecord(data)) {
    if (data.source !== SOURCE || data.version !== VERSION || data.type !== 'viewport') return null;
    if (id === null || data.id !== id) return null;
    const { top, height, width } = data;
    if (!finiteIn(top, -MAX_COORD, MAX_COORD) || !finiteIn(height, 1, MAX_COORD) || !finiteIn(width, 1, MAX_COORD)) return null;
    return { kind: 'viewport', top, height, width };
  }
  if (typeof data !== 'string' || pymId === null) return null;
  const pym = parsePym(data, pymId);
  if (!pym) return null;
  if (pym.type === 'width') {
    const width = pymNumber(pym.value);
    return width !== null && width >= 1 && width <= MAX_COORD ? { kind: 'width', width } : null;
  }
  if (pym.type === 'viewport-iframe-position') {
    // Pym.js 1.3: "<viewport width> <viewport height> <top> <left> <bottom> <right>"
    const parts = pym.value.split(' ');
    if (parts.length !== 6) return null;
    const [width, height, top] = parts.map(pymNumber);
    if (width == null || height == null || top == null) return null;
    if (!finiteIn(width, 1, MAX_COORD) || !finiteIn(height, 1, MAX_COORD) || !finiteIn(top, -MAX_COORD, MAX_COORD)) return null;
    return { kind: 'viewport', top, height, width };
  }
  return null;
}

/**
 * Validates a message the loader received from one of its frames (already matched by window
 * and origin). Only our JSON messages for frame `id` count; Pym strings are for Pym parents.
 */
export function parseFrameMessage(data: unknown, id: string): FrameMessage | null {
  if (!isRecord(data) || data.source !== SOURCE || data.version !== VERSION || data.id !== id) return null;
  if (!isChapterId(data.chapter)) return null;
  const chapter = data.chapter;
  switch (data.type) {
    case 'height':
      return finiteIn(data.height, 0, MAX_HEIGHT) ? heightMessage(id, chapter, data.height) : null;
    case 'ready':
      if (!finiteIn(data.height, 0, MAX_HEIGHT) || !Number.isInteger(data.steps) || !finiteIn(data.steps, 0, 1000)) return null;
      return readyMessage(id, chapter, data.steps, data.height);
    case 'step':
      return Number.isInteger(data.step) && finiteIn(data.step, 0, 1000) ? stepMessage(id, chapter, data.step) : null;
    default:
      return null;
  }
}

/** What `?step=` asked for, read defensively: a 1-based passage number. */
export type StepParam =
  | { ok: true; step: number | null }
  | { ok: false; step: null; raw: string };

/**
 * Reads `?step=N` (1-based, as in the story's `#chapter-N` links) for a chapter of `count`
 * passages. Absent or empty: no preference. Anything that is not a whole number from 1 to
 * `count` is reported back (`ok: false`) so the page can say so and open at passage 1.
 */
export function parseStepParam(raw: string | null, count: number): StepParam {
  if (raw === null || raw === '') return { ok: true, step: null };
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (!/^\d{1,4}$/.test(raw)) return { ok: false, step: null, raw: shown };
  const n = Number(raw);
  if (n < 1 || n > count) return { ok: false, step: null, raw: shown };
  return { ok: true, step: n - 1 };
}

/**
 * The origin the frame may trust as its host: the embedding page's origin when the browser
 * tells us (location.ancestorOrigins, Chromium and Safari), else from the referrer; null if
 * unknown. A string "null" (sandboxed or file: hosts) counts as unknown.
 */
export function hostOrigin(ancestorOrigins: readonly string[] | null, referrer: string): string | null {
  const first = ancestorOrigins?.[0];
  if (first && first !== 'null') return first;
  if (!referrer) return null;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
