/**
 * The overlay of one state, in screen units above the camera: place markers, labels, the date
 * stamp and the scale bar (and, for the Crimea state, the measured distance). Sizes here are the
 * phone sizes labels.ts lays out; the CSS (style.ts) shrinks them on wide screens.
 */
import { VIEW } from './geo';
import { toScreen } from './frames';
import { escapeXml as esc } from '../kit/escape';
import { num } from '../kit/round';
import { LABEL_SIZE, LINE_HEIGHT, type PlacedLabel } from './labels';
import { frontToCrimea } from './measure';
import { SCALE_SIZE, STAMP_SIZE, projection, type StateLayout } from './layout';
import { scenes, type StateName } from './scene';

const n1 = (v: number): string => num(v, 1);
const n3 = (v: number): string => num(v, 3);

/** The text element of a placed label; y is the reference edge, dy in em so smaller CSS sizes shrink towards it. */
function textLines(l: PlacedLabel): string {
  const n = l.lines.length;
  const gap = l.marker > 0 ? l.marker + 3 : 0;
  const py = l.at[1];
  const above = -(n * LINE_HEIGHT) + 0.875;
  const [refY, firstDy] =
    l.position === 'above'
      ? [py - gap, above]
      : l.position === 'above-right' || l.position === 'above-left'
        ? [py - gap * 0.7, above]
        : l.position === 'below'
          ? [py + gap, 0.875]
          : l.position === 'below-right' || l.position === 'below-left'
            ? [py + gap * 0.7, 0.875]
            : [py, -(n * LINE_HEIGHT) / 2 + 0.875];
  const x = n1(l.x);
  const spans = l.lines.map((line, i) => `<tspan x="${x}" dy="${n3(i === 0 ? firstDy : LINE_HEIGHT)}em">${esc(line)}</tspan>`).join('');
  const cls = ['km-label', `km-${l.kind ?? 'place'}`, l.bold ? 'km-bold' : '', l.italic ? 'km-italic' : ''].filter(Boolean).join(' ');
  const scale = l.scale && l.scale !== 1 ? ` style="--km-s:${l.scale}"` : '';
  return `<text class="${cls}"${scale} x="${x}" y="${n1(refY)}" text-anchor="${l.anchor}" font-size="${n1(LABEL_SIZE * (l.scale ?? 1))}">${spans}</text>`;
}

function markerOf(l: PlacedLabel, kind: string): string {
  const [x, y] = l.at;
  if (kind === 'infra') {
    const r = l.marker;
    return `<rect class="km-marker km-infra" x="${n1(x - r * 0.75)}" y="${n1(y - r * 0.75)}" width="${n1(r * 1.5)}" height="${n1(r * 1.5)}" transform="rotate(45 ${n1(x)} ${n1(y)})"/>`;
  }
  return `<circle class="km-marker km-${kind}" cx="${n1(x)}" cy="${n1(y)}" r="${n1(l.marker)}"/>`;
}

/** ' opacity="0"' unless the key state shows it; plus data-km listing the states that do. */
export function visibility(shownIn: readonly string[], key: string): string {
  return ` data-km="${shownIn.join(' ')}"${shownIn.includes(key) ? '' : ' opacity="0"'}`;
}

export function overlayFor(name: StateName, layout: StateLayout, key: string): string {
  const scene = scenes[name];
  const parts: string[] = [];
  // Measured distance, drawn under its label.
  if (scene.distance) {
    const a = toScreen(projection(), layout.camera, frontToCrimea.from);
    const b = toScreen(projection(), layout.camera, frontToCrimea.to);
    parts.push(
      `<line class="km-distance" x1="${n1(a[0])}" y1="${n1(a[1])}" x2="${n1(b[0])}" y2="${n1(b[1])}"/>`,
      `<circle class="km-distance-end" cx="${n1(a[0])}" cy="${n1(a[1])}" r="2.5"/><circle class="km-distance-end" cx="${n1(b[0])}" cy="${n1(b[1])}" r="2.5"/>`,
    );
  }
  const defs = new Map(scene.labels.map((l) => [l.id, l]));
  for (const l of layout.labels) {
    const def = defs.get(l.id);
    if (def && def.marker !== 'none') parts.push(markerOf(l, def.marker));
  }
  for (const l of layout.labels) parts.push(textLines(l));
  // Date stamp.
  const stamp = scene.stamp
    .map((line, i) => `<tspan x="8" dy="${i === 0 ? '0' : n3(LINE_HEIGHT)}em"${i === 0 ? ' class="km-bold"' : ''}>${esc(line)}</tspan>`)
    .join('');
  parts.push(`<text class="km-stamp" x="8" y="${n1(8 + STAMP_SIZE * 0.85)}" font-size="${STAMP_SIZE}">${stamp}</text>`);
  // Scale bar, bottom left.
  const y = VIEW.height - 10;
  const w = layout.scale.width;
  parts.push(
    `<g class="km-scale"><path d="M10,${y - 5}V${y}H${n1(10 + w)}V${y - 5}"/><text x="${n1(10 + w + 5)}" y="${y}" font-size="${SCALE_SIZE}">${layout.scale.km} km</text></g>`,
  );
  return `<g class="km-overlay"${visibility([name], key)}>${parts.join('')}</g>`;
}
