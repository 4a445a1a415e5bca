// Whether the staff overview fits its window (issue 25): shared by
// overview-fit.test.mjs (Chromium, every language, 1280 and 320 px) and
// engines.test.mjs (Firefox and WebKit at 1280 px).

/** How the page overflows the window sideways: the page's scroll width, and the table's edges. */
export function overflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const found = [];
    if (root.scrollWidth > root.clientWidth) found.push(`page scroll width ${root.scrollWidth} > ${root.clientWidth}`);
    const t = document.querySelector('.overview-table').getBoundingClientRect();
    if (t.left < 0) found.push(`table starts ${Math.round(-t.left)} px left of the window`);
    if (t.right > root.clientWidth) found.push(`table ends ${Math.round(t.right - root.clientWidth)} px past the window`);
    return found;
  });
}
