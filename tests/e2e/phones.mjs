// Phone numbers in the order they are drawn: shared by phone-order.test.mjs
// (every page, Chromium) and engines.test.mjs (the Arabic result in the
// other engines).
import assert from 'node:assert/strict';

/**
 * Every phone number drawn on the page: its characters in logical order and
 * in visual order (by line, then left to right), and where it is.
 */
export function phoneNumbersOnScreen(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.getClientRects().length === 0) continue;
      for (const m of node.data.matchAll(/0771-\d{3} \d{3}/g)) {
        const chars = [];
        for (let i = m.index; i < m.index + m[0].length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          chars.push({ c: node.data[i], x: r.left + r.width / 2, y: r.top + r.height / 2 });
        }
        const lineHeight = Math.max(...chars.map((c) => c.y)) - Math.min(...chars.map((c) => c.y));
        const visual = [...chars]
          .sort((a, b) => (Math.abs(a.y - b.y) > 4 ? a.y - b.y : a.x - b.x))
          .map((c) => c.c)
          .join('');
        const block = el.closest('[dir]');
        found.push({
          logical: m[0],
          visual,
          lineHeight,
          where: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} in ${block?.getAttribute('dir')} ${block?.tagName.toLowerCase()}[lang=${el.closest('[lang]')?.lang}]`,
        });
      }
    }
    return found;
  });
}

export function assertInOrder(numbers, label, { atLeast }) {
  assert.ok(numbers.length >= atLeast, `${label}: ${numbers.length} numbers on screen, expected at least ${atLeast}`);
  for (const n of numbers) {
    assert.equal(n.visual, n.logical, `${label}: ${n.logical} is drawn as "${n.visual}" (${n.where})`);
  }
}
