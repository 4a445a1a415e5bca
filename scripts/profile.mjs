// Where the main thread's time goes on a page opened as the first page (a
// profile, not a test): Chromium through the DevTools protocol, with the
// CPU slowed 4× and the network of Lighthouse's mobile preset, the build
// served by nginx as deployed. Prints every task of 50 ms or more (4×
// slowed, as Lighthouse's simulation counts them) with what it spent its
// time on: the trace's events (script, wasm compilation, style, layout,
// paint, GC) and the sampling profiler's functions. Function names need a
// build that keeps them:
//
//   VV_KEEP_NAMES=1 cargo xtask build --release
//   node scripts/profile.mjs [scenario ...]       (default: the bench's pages)
//
// VV_DIST picks another built folder; VV_PROFILE_OUT=<dir> keeps each raw
// trace (for chrome://tracing or DevTools' Performance panel).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DIST } from '../tests/e2e/browser.mjs';
import { startNginx } from '../tests/e2e/nginx.mjs';
import { address } from '../tests/e2e/fixtures.mjs';

const CPU = Number(process.env.VV_CPU ?? 4);
const SCENARIOS = process.argv.slice(2).length ? process.argv.slice(2)
  : ['etablering-language-dorotea', 'register-without-eid-arvika'];
// Lighthouse's own categories leave the sampling profiler out: it makes V8
// log every compiled wasm function (`wasm.LogCode`), which lengthens the
// tasks. So each page is traced twice: without it for the tasks' lengths,
// with it for the functions.
const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm',
  'blink.user_timing', 'loading',
];
const PROFILER = 'disabled-by-default-v8.cpu_profiler';
const DONE = '.local-places .places, .local-places .nearest-list, .local-places .notice--error';

async function trace(browser, url, profiler) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Lighthouse's mobile preset, applied for real (devtools throttling).
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  const includedCategories = profiler ? [...CATEGORIES, PROFILER] : CATEGORIES;
  await cdp.send('Tracing.start', { traceConfig: { includedCategories }, transferMode: 'ReportEvents' });
  await page.goto(url);
  // The result with its places (or a data error), then two quiet seconds.
  // Asked through the protocol, a tiny expression: Playwright's own
  // waiting would inject its scripts into the page being measured.
  const shown = async () => (await cdp.send('Runtime.evaluate', { expression: `!!document.querySelector(${JSON.stringify(DONE)})`, returnByValue: true })).result.value;
  for (let waited = 0; !(await shown()); waited += 250) {
    if (waited > 60000) throw new Error(`${url}: the places never appeared`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 2000));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  return events;
}

/** The page's main thread: the renderer thread that parsed its HTML. */
function mainThread(events, url) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
  return parse && { pid: parse.pid, tid: parse.tid };
}

/** The CPU profile's samples on one thread: [{ ts, stack: [function names, outermost first] }]. */
function samples(events, { pid, tid }) {
  const nodes = new Map();
  const out = [];
  let ts = null;
  const profile = events.find((x) => x.pid === pid && x.tid === tid && x.name === 'Profile');
  if (!profile) return out;
  for (const e of events.filter((x) => x.pid === pid && x.id === profile.id && (x.name === 'Profile' || x.name === 'ProfileChunk'))) {
    if (e.name === 'Profile') { ts = e.args.data.startTime; continue; }
    const data = e.args.data.cpuProfile ?? {};
    for (const n of data.nodes ?? []) nodes.set(n.id, { parent: n.parent, name: n.callFrame.functionName || `(${(n.callFrame.url ?? "").split('/').pop() || 'anonymous'})` });
    const deltas = e.args.data.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      ts += deltas[i];
      const stack = [];
      for (let n = nodes.get(id), guard = 0; n && guard < 500; n = nodes.get(n.parent), guard++) stack.unshift(n.name);
      out.push({ ts, stack });
    });
  }
  return out;
}

// What a sample's stack says the time is for, in the app's own terms: the
// first bucket (in this order) any frame of the stack matches. Names come
// both demangled (`vagvisare_domain::json::…`) and mangled
// (`_ZN16vagvisare_domain4json…`), hence the `\W*\d*` between parts.
const part = (...names) => new RegExp(names.join('\\W*\\d*'));
const BUCKETS = [
  ['numbers through Intl.NumberFormat', part('intl', 'format_number')],
  ['reading the data: JSON', part('vagvisare_domain', 'json')],
  ['reading the data: decoding', part('services', 'decode')],
  ['reading the data: validating', /services\W*\d*(validate|check_)/],
  ['reading the data: the rest (allocation, copies)', /Data\W*\d*ensure|service_data\W*\d*load|fetch\W*\d*text/],
  ['the municipality search', part('vagvisare_domain', 'lookup')],
  ['the place summary', part('vagvisare_domain', 'place')],
  ['texts (Fluent)', /i18n\W*\d*(ftl|catalog|loader)/],
  ['building the view (Leptos)', /tachys|reactive_graph|leptos|vagvisare\W*\d*ui/],
  ['start-up (address, storage)', /vagvisare\W*\d*(start|browser)/],
];

function bucket(stack) {
  for (const [name, re] of BUCKETS) if (stack.some((f) => re.test(f))) return name;
  const leaf = stack[stack.length - 1] ?? '';
  if (/^\((program|idle)\)$/.test(leaf)) return `${leaf} (V8 and Blink: compiling, style, layout)`;
  if (/^\(garbage collector\)$/.test(leaf)) return 'garbage collection';
  if (stack.some((f) => /wasm-function|\$|::/.test(f))) return 'wasm, other';
  return `JS: ${leaf}`;
}

function analyse(events, url) {
  const main = mainThread(events, url);
  if (!main) throw new Error('no renderer main thread in the trace');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = on.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const all = samples(events, main);
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? tasks[0]?.ts ?? 0;
  const report = [];
  for (const t of tasks) {
    const dur = t.dur / 1000;
    if (dur < 50 * CPU / 4) continue;
    const end = t.ts + t.dur;
    const inside = on.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
    const byEvent = {};
    for (const e of inside) {
      if (!/^(FunctionCall|EvaluateScript|v8\.compile|v8\.wasm\.|wasm\.|V8\.Wasm|CompileScript|ParseHTML|UpdateLayoutTree|Layout|Paint|PrePaint|Commit|MinorGC|MajorGC|V8\.GC|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|ResourceReceivedData)/.test(e.name)) continue;
      byEvent[e.name] = (byEvent[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    }
    const within = all.filter((s) => s.ts >= t.ts && s.ts <= end);
    const byBucket = {};
    for (const s of within) byBucket[bucket(s.stack)] = (byBucket[bucket(s.stack)] ?? 0) + 1;
    // Samples to milliseconds: the task's length shared out by sample count.
    const perSample = within.length ? dur / within.length : 0;
    report.push({
      start: Math.round((t.ts - nav) / 1000), dur: Math.round(dur),
      events: Object.entries(byEvent).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`),
      functions: Object.entries(byBucket).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${(n * perSample).toFixed(0)}`),
    });
  }
  return report;
}

const server = await startNginx(DIST);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  for (const name of SCENARIOS) {
    const url = server.url + address(name);
    for (const profiler of [false, true]) {
      const events = await trace(browser, url, profiler);
      const kind = profiler ? 'with the sampling profiler (longer: V8 logs each compiled function)' : 'as Lighthouse traces';
      if (process.env.VV_PROFILE_OUT) {
        fs.mkdirSync(process.env.VV_PROFILE_OUT, { recursive: true });
        fs.writeFileSync(path.join(process.env.VV_PROFILE_OUT, `${name}${profiler ? '-profiled' : ''}.json`), JSON.stringify({ traceEvents: events }));
      }
      console.log(`== ${name}, ${kind} (CPU ${CPU}×; tasks ≥ ${50 / (4 / CPU)} ms; ms after navigation start)`);
      for (const t of analyse(events, server.url)) {
        console.log(`   task at ${t.start} ms: ${t.dur} ms`);
        console.log(`     events:    ${t.events.join(', ')}`);
        if (profiler) console.log(`     functions: ${t.functions.slice(0, 12).join(', ')}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
