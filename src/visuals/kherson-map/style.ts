/**
 * The Kherson map's CSS, written at build beside its SVG (render.ts): the look, stroke widths that
 * stay constant under the camera's zoom, and per-state rules keyed on the figure's data-state.
 */
import { num } from '../kit/round';
import { FONTS } from '../kit/tokens';
import type { StateLayout } from './layout';
import { LABEL_SIZE } from './labels';
import { RETAKEN_COLOR } from './legend';
import type { StateName } from './scene';

const n1 = (v: number): string => num(v, 1);
const n3 = (v: number): string => num(v, 3);

/**
 * The map's own look, inside the SVG so it is complete anywhere (page, share card, golden).
 * Text sizes are viewBox units: LABEL_SIZE on phones for every text (what labels.ts lays out:
 * at least 12 px on screen at 360×740, measured by e2e/visual-kherson-map.spec.ts), smaller
 * where the SVG is drawn larger (wide screens), so text stays about 14-16 px on screen.
 */
export const STYLE = [
  // The house sans, whose widths labels.ts lays the labels out with (kit/text-metrics.ts).
  `.km-svg{font-family:${FONTS.sans}}`,
  '.km-sea{fill:#d9e6ef}',
  '.km-land-other{fill:#ecebe6;stroke:#b9b7b0}',
  '.km-land-ua{fill:#fcfbf7}',
  `.km-retaken{fill:${RETAKEN_COLOR}}`,
  '.km-occ{fill:#eba193}',
  '.km-occ14{fill:#c9899a}',
  '.km-unknown{fill:#c9c6c0}',
  '.km-lake{fill:#d9e6ef;stroke:#8fb1cc}',
  '.km-river{fill:none;stroke:#7ea6c8}',
  '.km-dnipro,.km-dnipro-lower{stroke:#4f86b8;stroke-linejoin:round;stroke-linecap:round}',
  '.km-oblast-border{fill:none;stroke:#9a968e}',
  '.km-border-ua{fill:none;stroke:#4a4a4a}',
  '.km-detail-frame{fill:none;stroke:#1a1a1a}',
  '.km-front{fill:none;stroke:#8c1a10;stroke-linejoin:round}',
  '.km-front-before{fill:none;stroke:#8c1a10}',
  `.km-label{fill:#1a1a1a;stroke:#fff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke;font-size:calc(${LABEL_SIZE}px * var(--km-s,1))}`,
  '.km-area{fill:#3d1410}',
  '.km-water{fill:#1d4f7a}',
  '.km-callout{fill:#1a1a1a}',
  '.km-bold{font-weight:700}',
  '.km-italic{font-style:italic}',
  '.km-marker{fill:#1a1a1a;stroke:#fff;stroke-width:1.2}',
  `.km-stamp{fill:#1a1a1a;stroke:#fff;stroke-width:3px;paint-order:stroke;font-size:${LABEL_SIZE}px}`,
  '.km-scale path{fill:none;stroke:#1a1a1a;stroke-width:1.5}',
  `.km-scale text{fill:#1a1a1a;stroke:#fff;stroke-width:3px;paint-order:stroke;font-size:${LABEL_SIZE}px}`,
  '.km-distance{stroke:#1a1a1a;stroke-width:1.5;stroke-dasharray:2 2}',
  '.km-distance-end{fill:#1a1a1a}',
  '@media (min-width:900px){.km-label{font-size:calc(9.5px * var(--km-s,1))}.km-stamp{font-size:11px}.km-scale text{font-size:8.5px}}',
  // Print draws the phone map in a 10.5 cm column (about 0.95×): 15 units keep labels at print size (≤ 12 pt).
  '@media print{.km-label{font-size:calc(15px * var(--km-s,1))}.km-stamp,.km-scale text{font-size:15px}}',
].join('');

/**
 * Line widths and dashes on screen, in CSS px, of everything the camera moves. They are set in
 * map units for each state's zoom (width / k), not with vector-effect: non-scaling-stroke,
 * because a non-scaling stroke makes Chromium repaint the whole map on every frame of a camera
 * move (measured: half the frames dropped at 1280 px wide), while a plain transform is
 * composited. During a move the lines scale with the map; at rest they have these widths.
 */
export const STROKES: readonly { cls: string; width: number; dash?: readonly [number, number] }[] = [
  { cls: 'km-land-other', width: 0.6 },
  { cls: 'km-lake', width: 0.5 },
  { cls: 'km-river', width: 0.8 },
  { cls: 'km-dnipro', width: 1.8 },
  // Below the dam the river is drawn along the front line (shore.ts), wide enough to show either side of it.
  { cls: 'km-dnipro-lower', width: 5 },
  { cls: 'km-oblast-border', width: 0.6, dash: [3, 2] },
  { cls: 'km-border-ua', width: 1.1 },
  { cls: 'km-detail-frame', width: 1.5 },
  { cls: 'km-front', width: 2.2 },
  { cls: 'km-front-before', width: 1.4, dash: [4, 3] },
];

/** The STROKES rules for camera zoom k, under `scope` (a selector). */
export function strokeCss(scope: string, k: number): string {
  const u = (v: number) => String(Number((v / k).toPrecision(3)));
  return STROKES.map((s) => `${scope} .${s.cls}{stroke-width:${u(s.width)}${s.dash ? `;stroke-dasharray:${u(s.dash[0])} ${u(s.dash[1])}` : ''}}`).join('');
}

/** Per-state CSS: camera transform and which layers show, keyed on the figure's data-state. */
export function stateCss(id: string, states: readonly StateName[], layouts: Map<StateName, StateLayout>): string {
  const root = `#${cssEscape(id)}`;
  return states
    .map((s) => {
      const c = layouts.get(s)!.camera;
      return (
        `${root}[data-state='${s}'] .km-camera{transform:translate(${n1(c.x)}px,${n1(c.y)}px) scale(${n3(c.k)})}` +
        strokeCss(`${root}[data-state='${s}']`, c.k) +
        `${root}[data-state='${s}'] [data-km]{opacity:0}` +
        `${root}[data-state='${s}'] [data-km~='${s}']{opacity:1}` +
        // The arriving state's labels wait for the camera to get there.
        `${root}[data-state='${s}'] .km-overlay[data-km~='${s}']{transition-delay:.85s}`
      );
    })
    .join('');
}

/** `s` safe as a CSS identifier (ids in selectors). */
export function cssEscape(s: string): string {
  return s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}
