/**
 * The browser mode refuses what a page of another site could send (a foreign Origin) and request
 * bodies that are not valid UTF-8, changing nothing; exported workbooks' title rows are text.
 */
import http from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTableSheet, newWorkbook } from '../../../src-main/excel/workbook';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../src-main/web/server';
import { tempDir, tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let server: WebServer;
let renderer: { dir: string; cleanup(): void };

beforeAll(async () => {
  store = tempStore();
  renderer = tempDir('union-ledger-renderer-');
  server = await startWebServer({ ctx: store.ctx, rendererDir: renderer.dir, port: 0 });
});
afterAll(async () => {
  await server.close();
  store.close();
  renderer.cleanup();
});

function post(method: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const count = () => store.ctx.db.prepare('SELECT count(*) FROM members').pluck().get();

describe('browser-mode requests', () => {
  it('with another site’s Origin are refused before anything runs', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:1', 'null', 'file://']) {
      const reply = await post('members.create', JSON.stringify({ name: '入侵者' }), { origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.json.error?.message).toContain('拒绝访问');
    }
    expect(count()).toBe(0);
    const own = await post('members.create', JSON.stringify({ name: '本机' }), { origin: `http://127.0.0.1:${server.port}` });
    expect(own.status).toBe(200);
    expect(count()).toBe(1);
    store.ctx.db.exec('DELETE FROM members');
  });

  it('whose body is not valid UTF-8 are refused, not stored with replacement characters', async () => {
    const broken = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xe5, 0xbc]), Buffer.from('"}')]);
    const reply = await post('members.create', broken);
    expect(reply.status).toBe(400);
    expect(reply.json.error?.message).toBe('请求内容不是有效的 UTF-8 文字，未做任何修改。');
    expect(count()).toBe(0);
  });
});

describe('exported workbooks', () => {
  it('write the title, the subtitle and the header cells as text, even when they begin with =', async () => {
    const wb = newWorkbook();
    addTableSheet(wb, { name: '表', title: '=HYPERLINK("x")', subtitle: '+导出时间', headers: ['@姓名', '部门'], rows: [['张三', '数学组']] });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = back.worksheets[0]!;
    for (const ref of ['A1', 'A2', 'A3', 'B3']) {
      const cell = sheet.getCell(ref);
      expect(cell.type, ref).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt, ref).toBe('@');
    }
    expect(sheet.getCell('A1').value).toBe('=HYPERLINK("x")');
  });
});
