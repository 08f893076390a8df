/**
 * Links inside an embedded chapter. <base target="_blank"> sends every link out of the frame,
 * in a new tab; links within the page (a visual's marks pointing at its notes) stay in the
 * frame. A link to a part of the story that is not in this chapter (a visual's notes shown
 * once, in another chapter) goes to the full story instead, in a new tab. Visuals add links
 * later (e.g. a detail card cloned from a template), so links are also routed at click time
 * and as they are added.
 */
function routeLink(link: Element, story: string): void {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#')) return;
  let inPage = href === '#';
  try {
    inPage ||= document.getElementById(decodeURIComponent(href.slice(1))) !== null;
  } catch {
    inPage = false;
  }
  if (inPage || !story) {
    link.setAttribute('target', '_self');
    return;
  }
  link.setAttribute('href', new URL(href, story).href);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener');
}

export function routeLinks(page: HTMLElement, story: string): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link) routeLink(link, story);
    },
    true,
  );
  for (const link of page.querySelectorAll('a[href^="#"]')) routeLink(link, story);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches('a[href^="#"]')) routeLink(node, story);
        for (const link of node.querySelectorAll('a[href^="#"]')) routeLink(link, story);
      }
    }
  }).observe(page, { childList: true, subtree: true });
}
