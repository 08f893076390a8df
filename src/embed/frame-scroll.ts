/**
 * Scroll mode: the host relays where the frame sits in its viewport (our loader's `viewport`,
 * or a Pym.js 1.3 parent's `viewport-iframe-position`), and the graphic is moved (transform) to
 * stay in view while the chapter's text spans the host's viewport, since `position: sticky`
 * cannot see the host's viewport.
 */
import type { FrameContext, FrameState } from './frame-context';

export interface GraphicPlacer {
  /** Places the graphic on the next animation frame (once, however often asked). */
  schedule(): void;
}

export function graphicPlacer(ctx: FrameContext, state: FrameState): GraphicPlacer {
  const { graphic, body } = ctx;
  let frame = 0;
  function place(): void {
    frame = 0;
    if (!graphic || !body) return;
    if (state.mode !== 'scroll' || !state.host) {
      graphic.style.transform = '';
      return;
    }
    // The graphic's own place is the top of the chapter body (above the passages on narrow
    // frames, beside them on wide ones); its box moves with the transform, the body's does not.
    const bodyBox = body.getBoundingClientRect();
    const wide = matchMedia('(min-width: 900px)').matches;
    const inset = wide ? 16 : 0;
    const want = -state.host.top + inset - bodyBox.top;
    const room = bodyBox.height - graphic.offsetHeight;
    const y = Math.max(0, Math.min(want, room));
    graphic.style.transform = y > 0 ? `translate3d(0, ${Math.round(y)}px, 0)` : '';
  }
  return {
    schedule() {
      if (!frame) frame = requestAnimationFrame(place);
    },
  };
}
