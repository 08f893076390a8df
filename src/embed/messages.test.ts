import { describe, expect, it } from 'vitest';
import {
  MAX_HEIGHT,
  SOURCE,
  VERSION,
  heightMessage,
  hostOrigin,
  isChapterId,
  isFrameId,
  parseFrameMessage,
  parseHostMessage,
  parsePym,
  parseStepParam,
  pymMessage,
  readyMessage,
  reportableHeight,
  stepMessage,
  viewportMessage,
} from './messages';

const junk: unknown[] = [
  undefined,
  null,
  0,
  NaN,
  true,
  '',
  'hello',
  '{"source":"mixed-messages-embed"}',
  [],
  [1, 2, 3],
  {},
  { type: 'viewport' },
  new Date(0),
  'x'.repeat(5_000_000),
  { source: SOURCE, version: VERSION, type: 'viewport', id: 'a', top: 'x'.repeat(100_000), height: 1, width: 1 },
];

describe('pymMessage / parsePym', () => {
  it('writes the Pym.js 1.x wire format', () => {
    expect(pymMessage('embed-1', 'height', '812')).toBe('pymxPYMxembed-1xPYMxheightxPYMx812');
  });
  it('reads a message addressed to this frame', () => {
    expect(parsePym('pymxPYMxembed-1xPYMxwidthxPYMx640', 'embed-1')).toEqual({ type: 'width', value: '640' });
  });
  it('ignores messages for another frame, other prefixes, oversize strings and non-strings', () => {
    expect(parsePym('pymxPYMxembed-2xPYMxwidthxPYMx640', 'embed-1')).toBeNull();
    expect(parsePym('pymxPYMxembed-10xPYMxwidthxPYMx640', 'embed-1')).toBeNull();
    expect(parsePym('xpymxPYMxembed-1xPYMxwidthxPYMx640', 'embed-1')).toBeNull();
    expect(parsePym(`pymxPYMxembed-1xPYMxwidthxPYMx${'9'.repeat(400)}`, 'embed-1')).toBeNull();
    expect(parsePym({ data: 'pymxPYMxembed-1xPYMxwidthxPYMx640' }, 'embed-1')).toBeNull();
    expect(parsePym('pymxPYMxembed-1xPYMxxPYMx640', 'embed-1')).toBeNull();
  });
  it('refuses an id that is not a frame id (no regex injection)', () => {
    expect(parsePym('pymxPYMx.*xPYMxwidthxPYMx640', '.*')).toBeNull();
  });
});

describe('parseHostMessage', () => {
  it('accepts our viewport message for this frame', () => {
    expect(parseHostMessage(viewportMessage('f1', -320.5, 800, 1280), 'f1', null)).toEqual({ kind: 'viewport', top: -320.5, height: 800, width: 1280 });
  });
  it('rejects a viewport message for another frame, version or source', () => {
    expect(parseHostMessage(viewportMessage('f2', 0, 800, 1280), 'f1', null)).toBeNull();
    expect(parseHostMessage({ ...viewportMessage('f1', 0, 800, 1280), version: 2 }, 'f1', null)).toBeNull();
    expect(parseHostMessage({ ...viewportMessage('f1', 0, 800, 1280), source: 'pym' }, 'f1', null)).toBeNull();
    expect(parseHostMessage(viewportMessage('f1', 0, 800, 1280), null, null)).toBeNull();
  });
  it('rejects wrong types, non-finite and absurd numbers', () => {
    const base = viewportMessage('f1', 0, 800, 1280);
    for (const bad of [
      { top: '0' },
      { top: Infinity },
      { top: NaN },
      { top: -1e12 },
      { height: 0 },
      { height: -5 },
      { width: null },
      { height: 1e12 },
      { type: 'height' },
      { type: 'navigateTo' },
    ]) {
      expect(parseHostMessage({ ...base, ...bad }, 'f1', null)).toBeNull();
    }
  });
  it('ignores junk of every kind', () => {
    for (const data of junk) expect(parseHostMessage(data, 'f1', 'p1')).toBeNull();
  });
  it("understands Pym's width and viewport-iframe-position for the Pym child id only", () => {
    expect(parseHostMessage('pymxPYMxp1xPYMxwidthxPYMx640', null, 'p1')).toEqual({ kind: 'width', width: 640 });
    expect(parseHostMessage('pymxPYMxp1xPYMxviewport-iframe-positionxPYMx1280 800 -412.5 0 1388 1280', null, 'p1')).toEqual({
      kind: 'viewport',
      top: -412.5,
      height: 800,
      width: 1280,
    });
    expect(parseHostMessage('pymxPYMxp1xPYMxwidthxPYMx640', 'p1', null)).toBeNull();
    expect(parseHostMessage('pymxPYMxp2xPYMxwidthxPYMx640', null, 'p1')).toBeNull();
  });
  it('rejects malformed Pym values and message types it does not handle', () => {
    for (const data of [
      'pymxPYMxp1xPYMxwidthxPYMx',
      'pymxPYMxp1xPYMxwidthxPYMx12px',
      'pymxPYMxp1xPYMxwidthxPYMx-5',
      'pymxPYMxp1xPYMxwidthxPYMx1e9',
      'pymxPYMxp1xPYMxviewport-iframe-positionxPYMx1280 800',
      'pymxPYMxp1xPYMxviewport-iframe-positionxPYMx1280 800 a 0 1 1',
      'pymxPYMxp1xPYMxviewport-iframe-positionxPYMx0 800 1 0 1 1',
      'pymxPYMxp1xPYMxnavigateToxPYMxhttps://evil.example/',
      'pymxPYMxp1xPYMxheightxPYMx500',
    ]) {
      expect(parseHostMessage(data, null, 'p1')).toBeNull();
    }
  });
});

describe('parseFrameMessage', () => {
  it('accepts height, ready and step messages for this frame', () => {
    expect(parseFrameMessage(heightMessage('f1', 'kherson', 812.2), 'f1')).toEqual(heightMessage('f1', 'kherson', 813));
    expect(parseFrameMessage(readyMessage('f1', 'kherson', 2, 900), 'f1')).toEqual(readyMessage('f1', 'kherson', 2, 900));
    expect(parseFrameMessage(stepMessage('f1', 'kherson', 1), 'f1')).toEqual(stepMessage('f1', 'kherson', 1));
  });
  it('rejects messages for another frame, bad chapters and bad numbers', () => {
    expect(parseFrameMessage(heightMessage('f2', 'kherson', 800), 'f1')).toBeNull();
    expect(parseFrameMessage(heightMessage(null, 'kherson', 800), 'f1')).toBeNull();
    expect(parseFrameMessage({ ...heightMessage('f1', 'kherson', 800), chapter: '<img src=x>' }, 'f1')).toBeNull();
    expect(parseFrameMessage({ ...heightMessage('f1', 'kherson', 800), height: -1 }, 'f1')).toBeNull();
    expect(parseFrameMessage({ ...heightMessage('f1', 'kherson', 800), height: MAX_HEIGHT + 1 }, 'f1')).toBeNull();
    expect(parseFrameMessage({ ...heightMessage('f1', 'kherson', 800), height: '800' }, 'f1')).toBeNull();
    expect(parseFrameMessage({ ...stepMessage('f1', 'kherson', 1), step: 1.5 }, 'f1')).toBeNull();
    expect(parseFrameMessage({ ...readyMessage('f1', 'kherson', 2, 800), steps: -1 }, 'f1')).toBeNull();
    expect(parseFrameMessage({ ...heightMessage('f1', 'kherson', 800), type: 'navigate' }, 'f1')).toBeNull();
  });
  it('ignores junk and Pym strings (those are for Pym parents)', () => {
    for (const data of junk) expect(parseFrameMessage(data, 'f1')).toBeNull();
    expect(parseFrameMessage('pymxPYMxf1xPYMxheightxPYMx500', 'f1')).toBeNull();
  });
  it('returns a fresh object, not the sender’s (no extra fields pass through)', () => {
    const sent = { ...heightMessage('f1', 'kherson', 800), extra: { evil: true } };
    expect(parseFrameMessage(sent, 'f1')).toEqual(heightMessage('f1', 'kherson', 800));
  });
});

describe('parseStepParam', () => {
  it('reads 1-based passage numbers within the chapter', () => {
    expect(parseStepParam('1', 3)).toEqual({ ok: true, step: 0 });
    expect(parseStepParam('3', 3)).toEqual({ ok: true, step: 2 });
  });
  it('treats absent or empty as no preference', () => {
    expect(parseStepParam(null, 3)).toEqual({ ok: true, step: null });
    expect(parseStepParam('', 3)).toEqual({ ok: true, step: null });
  });
  it('reports out-of-range and malformed values', () => {
    for (const raw of ['0', '4', '-1', '1.5', '1e2', 'abc', ' 2', '2 ', '0x2', '99999']) {
      expect(parseStepParam(raw, 3)).toEqual({ ok: false, step: null, raw });
    }
  });
  it('shortens very long values it reports', () => {
    const result = parseStepParam('x'.repeat(500), 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.raw.length).toBeLessThanOrEqual(41);
  });
});

describe('ids and heights', () => {
  it('frame ids are short and safe', () => {
    expect(isFrameId('mm-embed-1')).toBe(true);
    expect(isFrameId('a_B-9')).toBe(true);
    for (const bad of ['', 'a b', 'x'.repeat(65), '<x>', '.*', null, 3]) expect(isFrameId(bad)).toBe(false);
  });
  it('chapter ids are story slugs', () => {
    expect(isChapterId('white-house')).toBe(true);
    for (const bad of ['White-House', 'a--b', '-a', 'a-', '', '../x', 'x'.repeat(65)]) expect(isChapterId(bad)).toBe(false);
  });
  it('heights round up and stay within bounds', () => {
    expect(reportableHeight(812.01)).toBe(813);
    expect(reportableHeight(-3)).toBe(0);
    expect(reportableHeight(NaN)).toBe(0);
    expect(reportableHeight(1e9)).toBe(MAX_HEIGHT);
  });
});

describe('hostOrigin', () => {
  it('prefers ancestorOrigins, then the referrer', () => {
    expect(hostOrigin(['https://news.example'], 'https://other.example/a')).toBe('https://news.example');
    expect(hostOrigin([], 'https://news.example/2022/story?x=1')).toBe('https://news.example');
    expect(hostOrigin(null, 'https://news.example/')).toBe('https://news.example');
  });
  it('is null when unknown or opaque', () => {
    expect(hostOrigin(null, '')).toBeNull();
    expect(hostOrigin(['null'], '')).toBeNull();
    expect(hostOrigin(null, 'not a url')).toBeNull();
  });
});
