// Firefox ESR and WebKitGTK over W3C WebDriver (selenium-webdriver from npm;
// geckodriver from crates.io, WebKitWebDriver from Debian), behind the same
// small page interface the Playwright suites use, so the shared journeys in
// flow.mjs and desk.mjs run unchanged in every engine.
//
// Loopback only, as for Chromium: each browser gets a proxy that is a trap on
// 127.0.0.1 (it answers every request at once with 502 and records the host),
// with 127.0.0.1 itself exempt. So nothing leaves the machine, a background
// request fails at once, and the trap's log says what each engine tried.
import { Builder, Key } from 'selenium-webdriver';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import os from 'node:os';

const CARGO_BIN = path.join(process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'), 'bin');

/** The engines besides Chromium, with how each one's driver is started. */
export const ENGINES = {
  firefox: {
    name: 'Firefox ESR',
    // What the accessibility statement calls it.
    family: 'Firefox',
    // Under its driver it draws :visited (so the visited-link check runs).
    drawsVisited: true,
    driver: (port) => [path.join(CARGO_BIN, 'geckodriver'), [`--port=${port}`, '--host=127.0.0.1', '--binary=/usr/bin/firefox-esr', '--log=warn']],
    capabilities: (lang) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        args: ['-headless', '-width=1280', '-height=800'],
        prefs: {
          'intl.accept_languages': lang,
          // Firefox's own background services: off, so the trap's log holds
          // only what cannot be switched off.
          'app.update.auto': false,
          'browser.region.network.url': '',
          'browser.safebrowsing.downloads.remote.enabled': false,
          'datareporting.healthreport.uploadEnabled': false,
          'messaging-system.rsexperimentloader.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'network.dns.disablePrefetch': true,
          'network.trr.mode': 5,
          // Loopback is never sent to the proxy.
          'network.proxy.allow_hijacking_localhost': false,
        },
      },
    }),
  },
  webkit: {
    name: 'WebKitGTK',
    family: 'WebKit',
    drawsVisited: false,
    // MiniBrowser has no headless mode: it runs in a virtual X display. It
    // reports en-US as its language whatever the environment says, so the
    // engine suite names the language in each address.
    driver: (port) => ['/usr/bin/xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', '/usr/bin/WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1']],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { args: ['--automation'] },
    }),
  },
};

/** Whether this machine has what the engine needs (set up by scripts/setup.sh test). */
export function installed(engine) {
  const needs = { firefox: [path.join(CARGO_BIN, 'geckodriver'), '/usr/bin/firefox-esr'], webkit: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run'] };
  return needs[engine].every((f) => fs.existsSync(f));
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** The proxy every engine is given: refuses at once, remembers the host. */
async function trap() {
  const hosts = [];
  const server = http.createServer((req, res) => {
    hosts.push(new URL(req.url, 'http://unknown').host);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => { hosts.push(req.url); socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'); });
  server.unref();
  const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  return { port, hosts, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Starts the engine's driver and one browser session.
 * @returns {Promise<{page: WebDriverPage, trapped: string[], close(): Promise<void>}>}
 */
export async function launchEngine(engine, { lang = 'sv-SE' } = {}) {
  // WebKitGTK now and then never answers the first New Session (MiniBrowser
  // does not start in its virtual display: seen once in a CI run); that
  // one failure, and no other, is stopped after 30 s and tried again, once.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchOnce(engine, lang);
    } catch (e) {
      const unanswered = engine === 'webkit' && /no session: no session after 30 s/.test(e.message);
      if (attempt >= 2 || !unanswered) throw e;
    }
  }
}

async function launchOnce(engine, lang) {
  const spec = ENGINES[engine];
  const proxy = await trap();
  const port = await freePort();
  const [bin, args] = spec.driver(port);
  const log = [];
  // Its own process group, so xvfb-run, the display and the browser all go.
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Neither the driver nor its output keeps the test process alive.
  child.unref();
  for (const s of [child.stdout, child.stderr]) { s.on('data', (d) => log.push(String(d))); s.unref(); }
  // TERM first, so xvfb-run removes its display's lock; KILL what is left.
  const kill = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 500).unref();
  };
  process.on('exit', () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } });
  const fail = async (message) => { kill(); await proxy.close(); throw new Error(`${spec.name}: ${message}\n${log.join('')}`); };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/status`)).ok) break; } catch { /* not up yet */ }
    if (i > 200) await fail('the driver did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  const capabilities = {
    ...spec.capabilities(lang),
    proxy: {
      proxyType: 'manual',
      httpProxy: `127.0.0.1:${proxy.port}`,
      sslProxy: `127.0.0.1:${proxy.port}`,
      noProxy: ['127.0.0.1', 'localhost'],
    },
  };
  let driver;
  let timer;
  try {
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no session after 30 s')), 30000); });
    driver = await Promise.race([new Builder().usingServer(base).withCapabilities(capabilities).build(), timeout]);
  } catch (e) {
    await fail(`no session: ${e.message}`);
  } finally {
    clearTimeout(timer);
  }
  await driver.manage().setTimeouts({ script: 60000 });
  await driver.manage().window().setRect({ width: 1280, height: 800 });
  const caps = await driver.getCapabilities();
  return {
    page: new WebDriverPage(driver),
    driver,
    version: `${caps.get('browserName')} ${caps.get('browserVersion')}`,
    trapped: proxy.hosts,
    async close() {
      await driver.quit().catch(() => {});
      kill();
      await proxy.close();
    },
  };
}

const KEYS = { Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, Escape: Key.ESCAPE };

/** Turns a function and its argument into the body WebDriver's Execute Script takes. */
function script(fn) {
  return typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : fn;
}

/**
 * The part of Playwright's Page that the shared journeys use. `evaluate`
 * awaits a returned promise, as WebDriver's Execute Script does; a string is
 * run as a script body (the checkers' sources are plain scripts).
 */
export class WebDriverPage {
  constructor(driver) {
    this.driver = driver;
    const press = async (combo) => {
      const [key, ...mods] = combo.split('+').reverse();
      const k = KEYS[key];
      if (!k || mods.some((m) => m !== 'Shift')) throw new Error(`no key ${combo}`);
      let a = driver.actions();
      if (mods.length) a = a.keyDown(Key.SHIFT);
      a = a.sendKeys(k);
      if (mods.length) a = a.keyUp(Key.SHIFT);
      await a.perform();
    };
    this.keyboard = {
      press,
      type: async (text) => { await driver.actions().sendKeys(text).perform(); },
    };
  }

  /**
   * Moves to a new tab and closes the old one: a history of its own, as a
   * new Playwright context has (storage is per origin, and so per server).
   */
  async freshTab() {
    const old = await this.driver.getWindowHandle();
    await this.driver.switchTo().newWindow('tab');
    const tab = await this.driver.getWindowHandle();
    await this.driver.switchTo().window(old);
    await this.driver.close();
    await this.driver.switchTo().window(tab);
  }

  /**
   * Navigate To, then wait for the new document. Firefox now and then
   * returns while the old document is still the one scripts reach (a script
   * there then never finishes: seen 1 run in 5 of the visited-links test),
   * so the old document is marked first and the mark must be gone. A change
   * of fragment alone keeps the document, and is not waited for.
   */
  async goto(url) {
    const current = await this.driver.getCurrentUrl().catch(() => '');
    const sameDocument = url.includes('#') && current.split('#')[0] === url.split('#')[0];
    if (!sameDocument) await this.driver.executeScript('window.__vvOld = true').catch(() => {});
    await this.driver.get(url);
    if (!sameDocument) await this.newDocument();
  }
  /**
   * The page's own reload. WebDriver's Refresh in Firefox is a reload that
   * bypasses the service worker (as Shift+Reload does), so the page would
   * never be controlled after it; a user's reload is not that.
   */
  async reload() {
    await this.driver.executeScript('window.__vvOld = true; location.reload()');
    await this.newDocument();
  }
  /**
   * Waits until the marked document has gone and the new one has loaded.
   * A check that meets the old document unloading (WebKitGTK returned from
   * Navigate To before it had: once in a CI run, NoSuchFrameError "Callback
   * was not called before the unload event") is the very thing awaited
   * still under way, so it counts as "not yet" here and only here; any
   * other error, and the time limit, still fail.
   */
  async newDocument({ timeout = 20000 } = {}) {
    const check = script(() => !window.__vvOld && document.readyState === 'complete');
    await this.driver.wait(async () => {
      try {
        return !!(await this.driver.executeScript(check));
      } catch (e) {
        if (e.name === 'NoSuchFrameError' || /unload/i.test(e.message)) return false;
        throw e;
      }
    }, timeout, 'waiting for the new document');
  }
  async goBack() { await this.driver.navigate().back(); }
  async goForward() { await this.driver.navigate().forward(); }
  /** A promise here (Playwright's is a string): shared code awaits it. */
  async url() { return this.driver.getCurrentUrl(); }
  async title() { return this.driver.getTitle(); }

  // No retry: `goto` and `reload` wait for the new document, so a script
  // that meets a document going away is a real second navigation.
  async evaluate(fn, ...args) {
    return this.driver.executeScript(script(fn), ...args);
  }

  async waitForFunction(fn, arg, { timeout = 20000 } = {}) {
    const body = script(fn);
    await this.driver.wait(async () => !!(await this.driver.executeScript(body, arg)), timeout, `waiting for ${String(fn).slice(0, 120)}`);
  }

  async waitForSelector(selector, { timeout = 20000 } = {}) {
    await this.waitForFunction((s) => !!document.querySelector(s), selector, { timeout });
  }

  async $(selector) { return (await this.evaluate((s) => !!document.querySelector(s), selector)) || null; }

  async getAttribute(selector, name) {
    return this.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);
  }

  async textContent(selector) { return this.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector); }

  /** The viewport as PNG, also written to `path` when given. */
  async screenshot({ path: file } = {}) {
    const png = Buffer.from(await this.driver.takeScreenshot(), 'base64');
    if (file) fs.writeFileSync(file, png);
    return png;
  }

  async setViewportSize({ width, height }) { await this.driver.manage().window().setRect({ width, height }); }
}
