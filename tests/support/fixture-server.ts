/**
 * An HTTPS server that plays www.instagram.com and www.tiktok.com for the
 * browser tests. Chromium is pointed at it with --host-resolver-rules, so the
 * real sites and every other host are never contacted.
 *
 * Routes are keyed by host + path (query ignored unless a route asks for it);
 * anything else gets a 404. Every request is logged so tests can prove the
 * extension made none of its own.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'selfsigned';

const here = dirname(fileURLToPath(import.meta.url));
/** The project root (tests/support/../..). */
export const PROJECT_ROOT = resolve(here, '..', '..');
/** Shared real captures, read in place (never copied into the repo). */
export const SHARED_FIXTURES = resolve(PROJECT_ROOT, '..', 'shared', 'fixtures');
/** Hand-made pages of our own. */
export const OWN_PAGES = resolve(PROJECT_ROOT, 'tests', 'pages');

/**
 * Captures are pre-rendered HTML: their own scripts must not run (they would
 * fetch from CDNs and rewrite the DOM). Extension content scripts are exempt
 * from page CSP, so they still run. Images/fonts/styles from other hosts are
 * blocked too, so the captured page makes no cross-host requests at all.
 */
export const CAPTURE_CSP = "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'";
/** Hand-made test pages may run their own same-origin script (never inline). */
export const TEST_PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'";

export interface RouteResponse {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export type RouteHandler = (req: LoggedRequest) => RouteResponse;

export interface LoggedRequest {
  host: string;
  method: string;
  /** Path plus query. */
  url: string;
  path: string;
  /** fetch metadata: "document", "image", "empty" (fetch/XHR)… */
  dest: string | null;
  mode: string | null;
  site: string | null;
  origin: string | null;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request received, in order. */
  log: LoggedRequest[];
  /** Add or replace a route: host ("www.tiktok.com") + path ("/@illojuan"). */
  route(host: string, path: string, handler: RouteHandler | RouteResponse): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** A page response from a file, optionally rewritten (e.g. a changed follower count). */
export function fileResponse(
  file: string,
  opts: { csp?: string; transform?: (text: string) => string; type?: string } = {},
): RouteResponse {
  const ext = file.split('.').pop() ?? 'html';
  const text = readFileSync(file, 'utf8');
  const headers: Record<string, string> = { 'content-type': opts.type ?? TYPES[ext] ?? 'text/plain' };
  if (ext === 'html') headers['content-security-policy'] = opts.csp ?? CAPTURE_CSP;
  return { headers, body: opts.transform ? opts.transform(text) : text };
}

export function jsonResponse(value: unknown): RouteResponse {
  return { headers: { 'content-type': TYPES.json! }, body: JSON.stringify(value) };
}

/** The default routes: the two captures the foundation tests need. */
export function defaultRoutes(server: FixtureServer): void {
  server.route('www.instagram.com', '/gdg_rbu/', () =>
    fileResponse(join(SHARED_FIXTURES, 'instagram', 'profile-loggedin-gdg_rbu-2025-02.html')),
  );
  server.route('www.tiktok.com', '/@illojuan', () =>
    fileResponse(join(SHARED_FIXTURES, 'tiktok', 'profile-illojuan-2025-12.html')),
  );
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'www.instagram.com' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'www.instagram.com' },
          { type: 2, value: 'www.tiktok.com' },
        ],
      },
    ],
  });
  const routes = new Map<string, RouteHandler>();
  const log: LoggedRequest[] = [];

  const httpServer: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : null;
    };
    const entry: LoggedRequest = {
      host,
      method: req.method ?? 'GET',
      url,
      path,
      dest: header('sec-fetch-dest'),
      mode: header('sec-fetch-mode'),
      site: header('sec-fetch-site'),
      origin: header('origin'),
      status: 404,
    };
    log.push(entry);
    const handler = routes.get(`${host}${path}`);
    let out: RouteResponse;
    try {
      out = handler ? handler(entry) : { status: 404, body: 'not found' };
    } catch (error) {
      out = { status: 500, body: String(error) };
    }
    entry.status = out.status ?? 200;
    res.writeHead(entry.status, { 'cache-control': 'no-store', ...out.headers });
    res.end(out.body);
  });

  await new Promise<void>((ok) => httpServer.listen(0, '127.0.0.1', ok));
  const server: FixtureServer = {
    port: (httpServer.address() as AddressInfo).port,
    log,
    route(host, path, handler) {
      routes.set(`${host}${path}`, typeof handler === 'function' ? handler : () => handler);
    },
    close: () =>
      new Promise<void>((ok) => {
        httpServer.closeAllConnections();
        httpServer.close(() => ok());
      }),
  };
  defaultRoutes(server);
  return server;
}
