/**
 * The HTML a newsroom pastes to embed a chapter: the loader version (recommended) and a bare
 * iframe for content systems that strip scripts. Pure, so the snippet is unit-tested and the
 * Embed button, docs and tests agree on it.
 */

export interface SnippetInput {
  /** Chapter slug, e.g. "kherson". */
  chapter: string;
  headline: string;
  /** The story's title, e.g. "Mixed messages". */
  title: string;
  /** The site's origin or base URL (Astro.site), e.g. https://example.org/ */
  site: URL | string;
}

/** Sandbox for bare iframes: scripts and new tabs, never navigation of the host page. */
export const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
/** A starting height for bare iframes; the stepper layout of most chapters fits in it on a phone. */
export const BARE_HEIGHT = 900;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function embedUrls(input: SnippetInput): { loader: string; frame: string; chapter: string } {
  return {
    loader: new URL('/embed.js', input.site).href,
    frame: new URL(`/embed/${input.chapter}/`, input.site).href,
    chapter: new URL(`/#${input.chapter}`, input.site).href,
  };
}

/** Placeholder plus loader: sized, scroll-driven. The link inside shows where scripts do not run. */
export function loaderSnippet(input: SnippetInput): string {
  const urls = embedUrls(input);
  return [
    `<div data-mixed-messages-embed="${escapeHtml(input.chapter)}">`,
    `  <a href="${escapeHtml(urls.chapter)}">${escapeHtml(input.headline)} — from “${escapeHtml(input.title)}”</a>`,
    `</div>`,
    `<script async src="${escapeHtml(urls.loader)}"></script>`,
  ].join('\n');
}

/** A bare iframe: the chapter as a stepper, at a fixed height the page must choose. */
export function iframeSnippet(input: SnippetInput): string {
  const urls = embedUrls(input);
  const title = `${input.headline} — interactive chapter from “${input.title}”`;
  return (
    `<iframe src="${escapeHtml(urls.frame)}" title="${escapeHtml(title)}" width="100%" height="${BARE_HEIGHT}" ` +
    `style="border:0;display:block" loading="lazy" sandbox="${FRAME_SANDBOX}"></iframe>`
  );
}
