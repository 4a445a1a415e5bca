import { startNginx } from '/work/main/tests/e2e/nginx.mjs';
import { address } from '/work/main/tests/e2e/fixtures.mjs';
const { default: lighthouse } = await import('/work/main/node_modules/lighthouse/core/index.js');
const chromeLauncher = await import('/work/main/node_modules/chrome-launcher/dist/index.js');
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'];
const server = await startNginx('/work/main/dist');
const path = address(process.argv[2] || 'register-without-eid-arvika');
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
const r = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
await chrome.kill(); await server.stop?.(); 
const a = r.lhr.audits;
console.log('LCP', a['largest-contentful-paint'].numericValue, 'FCP', a['first-contentful-paint'].numericValue, 'TBT', a['total-blocking-time'].numericValue);
const nr=a["network-requests"].details.items;
for (const i of nr) console.log(i.url.replace(/^http:..[^/]+/,""), Math.round(i.networkRequestTime), Math.round(i.networkEndTime), i.transferSize, i.priority, i.isLinkPreload?"preload":"");
const t=a["long-tasks"]; console.log(JSON.stringify(t.details.items.map(x=>[x.url&&x.url.slice(-30),Math.round(x.startTime),Math.round(x.duration)])));
process.exit(0);
