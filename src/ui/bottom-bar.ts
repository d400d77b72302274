/**
 * Keeps a floating prompt above what a page fixes to the bottom edge of the viewport: a shop's cart or
 * checkout bar, a handheld navigation bar, a sticky "Add to cart". Measured when the prompt shows and when the
 * viewport is resized; the owner's `offset` (`data-offset`) replaces the measure where it cannot see the bar.
 */

/** The element of `el` or its ancestors laid out `fixed` or `sticky`, below `body`; not one of `own`. */
function pinnedAncestor(win: Window, el: Element, own: Element): Element | undefined {
  const doc = win.document;
  if (own.contains(el)) return undefined;
  for (let node: Element | null = el; node && node != doc.body && node != doc.documentElement; node = node.parentElement) {
    const position = win.getComputedStyle(node).position;
    if (position == 'fixed' || position == 'sticky') return node;
  }
  return undefined;
}

/**
 * How many pixels at the bottom of the viewport fixed or sticky elements cover, found at three points of the
 * bottom edge (left, middle, right): the height from the top of the highest such element touching the edge.
 * Elements of half the viewport's height or more (a side panel, a full-screen overlay) do not count; nor does
 * `own` (the prompt's host). 0 when there is none, or the browser cannot tell (no `elementsFromPoint`).
 */
export function bottomBarHeight(win: Window, own: Element): number {
  const doc = win.document;
  const height = doc.documentElement.clientHeight || win.innerHeight;
  const width = doc.documentElement.clientWidth || win.innerWidth;
  if (!doc.elementsFromPoint || !height) return 0;
  let top = height;
  for (const x of [1, width / 2, width - 2]) {
    for (const el of doc.elementsFromPoint(x, height - 1)) {
      const bar = pinnedAncestor(win, el, own);
      const box = bar && bar.getBoundingClientRect();
      if (box && box.bottom >= height - 1 && box.height < height / 2) top = Math.min(top, box.top);
    }
  }
  return Math.max(0, Math.round(height - top));
}

/**
 * Sets `--hearken-offset` on the floating prompt's `host`, the pixels its dialog keeps clear at the bottom
 * edge: `offset` when the owner gave one, else what `bottomBarHeight` measures now and after each resize (left
 * unset while it is 0).
 * Returns the function that stops listening.
 */
export function keepAboveBottomBar(win: Window, host: HTMLElement, offset?: number): () => void {
  // written only when it changes, unset being the stylesheet's 0 px: a custom property set on the host restyles the
  // whole prompt, which on most pages (no bar) the frame that first shows it need not do twice
  let written = 0;
  const update = () => {
    const pixels = offset === undefined ? bottomBarHeight(win, host) : offset;
    if (pixels != written) host.style.setProperty('--hearken-offset', (written = pixels) + 'px');
  };
  update();
  if (offset !== undefined) return () => {};
  win.addEventListener('resize', update);
  return () => win.removeEventListener('resize', update);
}
