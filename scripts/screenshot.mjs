// The README's screenshot: the start page of the release build (dist/), in
// Swedish, as Debian's Chromium draws it (tests/e2e/browser.mjs).
// usage: node scripts/screenshot.mjs [docs/screenshot-start.png]
import path from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { launch, newPage, ready, DIST, ROOT } from '../tests/e2e/browser.mjs';

const out = path.resolve(ROOT, process.argv[2] ?? 'docs/screenshot-start.png');
const server = await serve(DIST);
const browser = await launch();
const { page } = await newPage(browser, server.url, { viewport: { width: 960, height: 720 } });
await page.goto(`${server.url}?lang=sv`);
await ready(page);
await page.screenshot({ path: out });
await browser.close();
await server.close();
console.log(`wrote ${path.relative(ROOT, out)}`);
