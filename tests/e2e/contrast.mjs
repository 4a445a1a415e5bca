// The contrast of every link as the browser draws it, read from screenshots:
// no browser tells a page (nor axe) how a visited link looks, but it draws
// it. Used by engines.test.mjs with every link visited first.
import { settled } from './browser.mjs';

/**
 * For each visible link: the most common colour in its box is taken as the
 * background, the colour farthest from it as the text, and their WCAG
 * contrast ratio returned. The page is screenshot a viewport at a time and
 * the pixels read in the page by canvas (its CSP allows data: images).
 * @returns {Promise<{label: string, ratio: number}[]>}
 */
export async function drawnLinkContrast(page) {
  const found = new Map();
  const [height, step] = await page.evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
  for (let y = 0; y < height; y += Math.max(100, step - 100)) {
    await page.evaluate((to) => scrollTo(0, to), y);
    await settled(page);
    const png = (await page.screenshot()).toString('base64');
    const links = await page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width; canvas.height = img.height;
      const g = canvas.getContext('2d');
      g.drawImage(img, 0, 0);
      const scale = img.width / innerWidth;
      const lum = (k) => {
        const c = [(k >> 16) & 255, (k >> 8) & 255, k & 255].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      const out = [];
      [...document.querySelectorAll('a[href]')].forEach((a, index) => {
        const r = a.getBoundingClientRect();
        if (!a.textContent.trim() || r.width < 2 || r.height < 2 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) return;
        if (getComputedStyle(a).visibility === 'hidden') return;
        const px = g.getImageData(Math.floor(r.left * scale), Math.floor(r.top * scale), Math.ceil(r.width * scale), Math.ceil(r.height * scale)).data;
        const counts = new Map();
        for (let i = 0; i < px.length; i += 4) { const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2]; counts.set(k, (counts.get(k) ?? 0) + 1); }
        const bg = [...counts.entries()].sort((x, y) => y[1] - x[1])[0][0];
        const ratio = Math.max(...[...counts.keys()].map((k) => { const [hi, lo] = [lum(k), lum(bg)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); }));
        out.push({ index, label: `${a.className || 'a'} "${a.textContent.trim().slice(0, 24)}"`, ratio });
      });
      return out;
    }, png);
    for (const l of links) found.set(l.index, l);
  }
  await page.evaluate(() => scrollTo(0, 0));
  return [...found.values()];
}
