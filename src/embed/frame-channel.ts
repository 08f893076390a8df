/**
 * Everything the frame says to its host, in the three protocols it speaks: our JSON messages
 * (our loader), Pym.js strings (a Pym parent gave `?childId=`) and WordPress's `height`
 * (WordPress gave `#?secret=`). Messages go only to the host's origin when it is known, and
 * only when there is a host. Nothing here can navigate or scroll the host.
 */
import { heightMessage, pymMessage, readyMessage, type FrameMessage } from './messages';
import { wordpressHeight } from './wordpress';
import type { FrameContext } from './frame-context';

export interface HostChannel {
  post(message: FrameMessage): void;
  /** The content height, in every protocol the host may speak. */
  postHeight(height: number): void;
  /** The first word: ready (ours), the height (Pym.js, WordPress). */
  postReady(steps: number, height: number): void;
}

export function hostChannel(ctx: FrameContext): HostChannel {
  const target = ctx.trusted ?? '*';
  function send(message: unknown): void {
    if (!ctx.embedded) return;
    try {
      window.parent.postMessage(message, target);
    } catch {
      /* the host went away or changed origin: nothing to tell */
    }
  }
  function postPym(type: string, value: string): void {
    if (ctx.pymId !== null) send(pymMessage(ctx.pymId, type, value));
  }
  function postOthers(height: number): void {
    postPym('height', String(height));
    if (ctx.wpSecret !== null) send(wordpressHeight(ctx.wpSecret, height));
  }
  return {
    post: send,
    postHeight(height) {
      send(heightMessage(ctx.id, ctx.chapter, height));
      postOthers(height);
    },
    postReady(steps, height) {
      send(readyMessage(ctx.id, ctx.chapter, steps, height));
      postOthers(height);
    },
  };
}
