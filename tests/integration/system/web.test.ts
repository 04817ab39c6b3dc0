/**
 * The browser mode's HTTP server on a temp store, through real sockets. Raw http.request is used
 * (not fetch) so the Host header and odd paths reach the server exactly as written.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/app/csp';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../src-main/web/server';
import { tempDir, tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let server: WebServer;
let renderer: { dir: string; cleanup(): void };

beforeAll(async () => {
  store = tempStore();
  renderer = tempDir('union-ledger-renderer-');
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>工会台账</title>');
  fs.mkdirSync(path.join(renderer.dir, 'assets'));
  fs.writeFileSync(path.join(renderer.dir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(store.dir, 'secret.txt'), '不该被读到');
  server = await startWebServer({ ctx: store.ctx, rendererDir: renderer.dir, port: 0 });
});
afterAll(async () => {
  await server.close();
  store.close();
  renderer.cleanup();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): { ok: boolean; data?: unknown; error?: { code: string; message: string } };
}

function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as ReturnType<Reply['json']> });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: server.token }) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the API with the token', async () => {
    const created = await api('members.create', { name: '张三' });
    expect(created.status).toBe(200);
    expect(created.json()).toMatchObject({ ok: true, data: { name: '张三' } });
    expect((await api('members.list', { search: 'zs' })).json()).toMatchObject({ ok: true, data: { total: 1 } });
  });

  it('answers 401 without the token or with a wrong one, before looking the method up', async () => {
    const variants: Record<string, string>[] = [{}, { [TOKEN_HEADER]: 'wrong' }, { [TOKEN_HEADER]: `${server.token}x` }];
    for (const headers of variants) {
      for (const method of ['members.list', 'no.such.method']) {
        const reply = await api(method, {}, headers);
        expect(reply.status).toBe(401);
        expect(reply.json().error).toMatchObject({ code: 'UNAUTHORIZED' });
        expect(reply.json().error?.message).toContain('访问令牌无效');
      }
    }
    // The token in the query string (how the page is opened) is not accepted for the API.
    const viaQuery = await request({ method: 'POST', path: `/api/members.list?token=${server.token}`, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(viaQuery.status).toBe(401);
  });

  it('refuses a Host that is not the loopback address with 403, even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1.nip.io', `192.168.1.5:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      const reply = await request({ method: 'POST', path: '/api/members.list', headers: { host, 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: '{}' });
      expect(reply.status, host).toBe(403);
      expect(reply.text).toContain('拒绝访问');
      const page = await request({ path: '/', headers: { host } });
      expect(page.status).toBe(403);
    }
  });

  it('answers malformed JSON with 400 in Chinese and changes nothing', async () => {
    const before = (await api('members.list', {})).json();
    const reply = await request({ method: 'POST', path: '/api/members.create', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: '{"name": "李四",' });
    expect(reply.status).toBe(400);
    expect(reply.json().error).toMatchObject({ code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON。' });
    expect((await api('members.list', {})).json()).toEqual(before);
  });

  it('answers an unknown method, a wrong type and a missing field in Chinese with no stack', async () => {
    const unknown = await api('members.drop', {});
    expect(unknown.status).toBe(404);
    expect(unknown.json().error?.message).toContain('未知的操作');
    const wrong = await api('members.get', { id: 'abc' });
    expect(wrong.status).toBe(400);
    expect(wrong.json().error?.code).toBe('VALIDATION');
    const missing = await api('members.create', {});
    expect(missing.json().error?.message).toContain('「姓名」必须填写');
    expect(missing.text).not.toMatch(/\.ts:\d+|node_modules/);
    const badEscape = await api('%E0%A4%A', {});
    expect(badEscape.status).toBeGreaterThanOrEqual(400);
    expect(badEscape.json().error?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses GET and other non-POST requests to the API', async () => {
    const get = await request({ path: '/api/members.list', headers: { [TOKEN_HEADER]: server.token } });
    expect(get.status).toBe(405);
    expect(get.json().error?.message).toContain('只接受 POST');
    const bare = await request({ path: '/api' });
    expect(bare.status).toBeGreaterThanOrEqual(400);
    const put = await request({ method: 'PUT', path: '/api/members.list', headers: { [TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, body: '{}' });
    expect(put.status).toBe(405);
    const text = await request({ method: 'POST', path: '/api/members.list', headers: { [TOKEN_HEADER]: server.token, 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
  });

  it('serves index.html with the CSP and static files with their type', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.text).toContain('工会台账');
    const js = await request({ path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await request({ path: '/assets/none.js' })).status).toBe(404);
  });

  it('refuses path traversal in every spelling and survives a broken escape', async () => {
    const storeName = path.basename(store.file);
    for (const p of [
      `/../${storeName}`,
      `/%2e%2e/${storeName}`,
      `/..%2f..%2f${storeName}`,
      `/%2e%2e%2fsecret.txt`,
      `/..%5csecret.txt`,
      '/%2fetc%2fpasswd',
      '/%E0%A4%A',
      '/assets/%00.js',
    ]) {
      const reply = await request({ path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.text).not.toContain('不该被读到');
      expect(reply.text).not.toContain('SQLite format');
    }
    expect((await request({ path: '/' })).status).toBe(200);
  });
});
