/**
 * The browser mode's server: the renderer's files and the API on 127.0.0.1 only.
 * Every /api/ request must carry the per-launch token (checked before anything else), and requests
 * whose Host is not this loopback address are refused, which stops DNS-rebinding pages.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiEnvelope } from '../../shared/api/errors';
import type { AppContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../app/csp';

export const TOKEN_HEADER = 'x-union-token';
const MAX_BODY_BYTES = 150 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface WebServerOptions {
  ctx: AppContext;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: ApiEnvelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function fail(res: http.ServerResponse, status: number, code: 'BAD_REQUEST' | 'UNAUTHORIZED' | 'INTERNAL', message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IN_USE: 409,
  READ_ONLY: 503,
  STORE_BROKEN: 503,
  FILE: 400,
  CANCELLED: 409,
  INTERNAL: 500,
};

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The address the app's own pages are served from. */
export function isOwnOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, ctx: AppContext, token: string, method: string, port: number) {
  const given = req.headers[TOKEN_HEADER];
  if (!sameToken(Array.isArray(given) ? given[0] : given, token)) {
    return fail(res, 401, 'UNAUTHORIZED', '访问令牌无效：请使用启动时显示的完整网址打开工会台账。');
  }
  // A page of another site (or a file:// page) that learnt the token still cannot call: browsers
  // send Origin on every cross-origin POST, and only the app's own origin is accepted.
  const origin = req.headers.origin;
  if (origin !== undefined && !isOwnOrigin(origin, port)) {
    return fail(res, 403, 'UNAUTHORIZED', '拒绝访问：请求来自其他网页，不是工会台账自己的页面。');
  }
  if (req.method !== 'POST') return fail(res, 405, 'BAD_REQUEST', '请求方式不正确：接口只接受 POST。');
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) return fail(res, 415, 'BAD_REQUEST', '请求格式不正确：应为 JSON。');
  const body = await readBody(req);
  if (body === 'too-large') return fail(res, 413, 'BAD_REQUEST', '请求内容过大（超过 150 MB）。');
  let input: unknown;
  try {
    // Broken UTF-8 is refused, not stored with U+FFFD where the user's characters were.
    input = body.length === 0 ? undefined : JSON.parse(STRICT_UTF8.decode(body));
  } catch (error) {
    if (error instanceof TypeError) return fail(res, 400, 'BAD_REQUEST', '请求内容不是有效的 UTF-8 文字，未做任何修改。');
    return fail(res, 400, 'BAD_REQUEST', '请求内容不是有效的 JSON。');
  }
  const name = safeDecode(method);
  if (name === null) return fail(res, 400, 'BAD_REQUEST', '请求地址不正确。');
  const envelope = await dispatch(ctx, name, input);
  sendJson(res, envelope.ok ? 200 : (STATUS_BY_CODE[envelope.error.code] ?? 400), envelope);
}

/** decodeURIComponent that answers null for a broken escape (%E0%A4%A) instead of throwing. */
function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function serveStatic(res: http.ServerResponse, rendererDir: string, urlPath: string): void {
  // A broken escape must not throw here: this runs outside any promise, so it would end the process.
  const decoded = urlPath === '/' ? 'index.html' : safeDecode(urlPath);
  const relative = decoded?.replace(/^\/+/, '') ?? '';
  const file = path.resolve(rendererDir, relative);
  if (
    decoded === null ||
    relative.includes('\0') ||
    !file.startsWith(path.resolve(rendererDir) + path.sep) ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  ) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('未找到该页面');
    return;
  }
  const headers: Record<string, string> = {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (file.endsWith('.html')) {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['cache-control'] = 'no-store';
    headers['x-frame-options'] = 'DENY';
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
}

export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const server = http.createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (!isLoopbackHost(req.headers.host, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('拒绝访问：只接受本机（127.0.0.1）的请求。');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, options.ctx, token, url.pathname.slice(5), port).catch(() => {
        if (!res.headersSent) fail(res, 500, 'INTERNAL', '请求处理失败：程序内部错误，数据未被修改。');
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405);
      res.end();
      return;
    }
    serveStatic(res, options.rendererDir, url.pathname);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
