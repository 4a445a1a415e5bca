// nginx serving a built folder exactly as deploy/serve-prod.sh does (the
// same script, on a free port, with its own run folder), for the tests that
// check what a real web server sends. `VV_SERVER=nginx` makes server.mjs's
// `serve()` use it for every test that plants no server-side fault.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Every nginx started here, stopped when the test process ends, even after
// a test failed before closing its server.
const running = new Set();
process.on('exit', () => { for (const child of running) child.kill('SIGTERM'); });

function freePort() {
  return new Promise((resolve, reject) => {
    // Not unref'd: in a suite with no browser open it is the one thing that
    // keeps node waiting for the port (it is closed at once).
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function listening(port, child, errors) {
  const stderr = () => (fs.existsSync(errors) ? fs.readFileSync(errors, 'utf8') : '');
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr()}`);
    const up = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port}: ${stderr()}`);
}

/** The base path a build was made for, as its service worker has it. */
export function basePathOf(dist) {
  return fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').match(/^const BASE = '([^']+)';$/m)[1];
}

/**
 * @param {string|string[]} dist the built folder, or several: each is served
 *   under the base path it was built for, on one host
 * @param {{headers?: string, tls?: boolean}} options another headers.conf
 *   (planted faults); `tls`: HTTPS with HTTP/2 as deployed, under a
 *   throwaway self-signed certificate (`make bench`; the browser must be
 *   told to accept it)
 */
export async function startNginx(dist, options = {}) {
  const dists = [dist].flat();
  // nginx's workers run as `nobody`; a test's mkdtemp copy is 0700.
  for (const d of dists) fs.chmodSync(d, 0o755);
  const port = await freePort();
  // The plain-HTTP server, which only redirects to HTTPS: a port of its own.
  let httpPort = await freePort();
  while (httpPort === port) httpPort = await freePort();
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'vagvisaren-nginx-'));
  const env = { ...process.env, PORT: String(port), HTTP_PORT: String(httpPort), DIST: dists.join(' '), RUN_DIR: run };
  if (options.headers) env.HEADERS = options.headers;
  if (options.tls) {
    [env.TLS_CERT, env.TLS_KEY] = [path.join(run, 'cert.pem'), path.join(run, 'key.pem')];
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', env.TLS_KEY, '-out', env.TLS_CERT]);
    if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  }
  // nginx's own messages go to a file: a pipe would keep node alive.
  const errors = path.join(run, 'stderr.log');
  const child = spawn('bash', [path.join(ROOT, 'deploy', 'serve-prod.sh')], {
    env, stdio: ['ignore', 'ignore', fs.openSync(errors, 'w')],
  });
  child.unref();
  running.add(child);
  child.once('exit', () => running.delete(child));
  await listening(port, child, errors);
  await listening(httpPort, child, errors);
  const accessLog = path.join(run, 'access.log');
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    /** The (first) build's own address: the origin and its base path. */
    url: `${origin}${basePathOf(dists[0])}`,
    /** The plain-HTTP server block, the one that redirects to HTTPS. */
    httpUrl: `http://127.0.0.1:${httpPort}/`,
    faults: new Map(),
    /** The access log's lines, as nginx wrote them. */
    accessLog: () => (fs.existsSync(accessLog) ? fs.readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : []),
    /** The paths requested so far (from the access log). */
    get requests() {
      return this.accessLog().map((l) => l.match(/"[A-Z]+ (\S+) /)?.[1]).filter(Boolean);
    },
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => { fs.rmSync(run, { recursive: true, force: true }); resolve(); });
      // Waited for: node stays until nginx has gone.
      child.ref();
      child.kill('SIGTERM');
    }),
  };
}
