/**
 * A bounded API fuzz over the browser mode's real HTTP server: 2,000 calls from a fixed seed, each
 * to a method of the contract (METHODS) with inputs built from its schema's fields and a pool of
 * awkward values. No call may answer 500, a refused call may not change any data, and every
 * message is a Chinese sentence with no internal identifier in it.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../../../shared/api/contract';
import { contentDigest } from '../../../src-main/db/restore';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../src-main/web/server';
import { walkFields, type FieldInfo } from '../../helpers/schema-walk';
import { tempDir, tempStore } from '../../helpers/store';

const CALLS = 2000;
const SEED = 20261201;
const CHINESE = /[\u4e00-\u9fff]/;
const ASCII_WORD = /[A-Za-z_]{2,}/;
/** Names of file kinds and programs the user knows are words of the sentence, not identifiers. */
const PRODUCT_WORDS = /\.?\b(xlsx|xls|csv|pdf|db)\b|Excel|WPS|CSV|UTF-8|PDF|MB|KB/g;

/** mulberry32: small, fast, and the same sequence on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// No ASCII words in the pool: an ASCII word in an answer then can only be the program's own text.
const STRINGS = ['', ' ', '张三', '李四', '数学组', '在册', '男', '女', '=1+1', '@合计', '１２３', '😀', '2026-11-22', '2026-13-45', '0', '-1', '11010519491231002X', '13912345678', '字'.repeat(3000), '第五届第二次', '\u0000', '生病住院', '招生', '对内', '立案', '满意'];
const NUMBERS = [0, 1, 2, 3, -1, 1.5, 20, 100, 1e20, -1e20, 2026, Number.MAX_SAFE_INTEGER + 2];

let store: ReturnType<typeof tempStore>;
let server: WebServer;
let renderer: { dir: string; cleanup(): void };
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  store = tempStore();
  renderer = tempDir('union-ledger-renderer-');
  server = await startWebServer({ ctx: store.ctx, rendererDir: renderer.dir, port: 0 });
  // Some records for ids to hit.
  for (const name of ['张三', '李四', '王五']) await post('members.create', { name, department: '数学组' });
});
afterAll(async () => {
  agent.destroy();
  await server.close();
  store.close();
  renderer.cleanup();
});

function post(method: string, input: unknown): Promise<{ status: number; body: { ok: boolean; error?: { code: string; message: string; fields?: Record<string, string> } } }> {
  const payload = input === undefined ? '' : JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${encodeURIComponent(method)}`,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function valueFor(random: () => number, field: FieldInfo | undefined, depth = 0): unknown {
  const roll = random();
  // Mostly the right kind (so calls get past the first check), sometimes anything at all.
  const kind = roll < 0.7 && field ? field.kind : pick(random, ['string', 'number', 'boolean', 'array', 'object', 'null'] as const);
  switch (kind) {
    case 'string':
    case 'enum':
      return pick(random, STRINGS);
    case 'number':
      return pick(random, NUMBERS);
    case 'boolean':
      return random() < 0.5;
    case 'array':
      return depth > 1 ? [] : Array.from({ length: Math.floor(random() * 3) }, () => valueFor(random, undefined, depth + 1));
    case 'object':
      return depth > 1 ? {} : { 名称: valueFor(random, undefined, depth + 1) };
    case 'null':
      return null;
    default:
      return pick(random, STRINGS);
  }
}

/** An input for `method`: its top-level fields, each present with a chance, plus nested ones. */
function inputFor(random: () => number, method: Method): unknown {
  if (random() < 0.05) return valueFor(random, undefined);
  const fields = walkFields(contract[method].input);
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (random() < 0.35) continue;
    let target: Record<string, unknown> | unknown[] = input;
    const path = field.path;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      const next = typeof path[i + 1] === 'number' ? [] : {};
      const holder = target as Record<string | number, unknown>;
      if (typeof holder[key] !== 'object' || holder[key] === null) holder[key] = next;
      target = holder[key] as Record<string, unknown>;
    }
    (target as Record<string | number, unknown>)[path.at(-1)!] = valueFor(random, field);
  }
  return input;
}

describe('API fuzz (2,000 calls, fixed seed)', () => {
  it('never answers 500, never changes data on a refused call, always speaks Chinese', async () => {
    const random = rng(SEED);
    let before = contentDigest(store.ctx.db);
    const tally = { ok: 0, refused: 0 };
    const problems: string[] = [];
    for (let i = 0; i < CALLS; i++) {
      const method = pick(random, METHODS);
      const input = inputFor(random, method);
      const { status, body } = await post(method, input);
      const after = contentDigest(store.ctx.db);
      const where = `#${i} ${method} ${JSON.stringify(input)?.slice(0, 160)}`;
      if (status >= 500 && status !== 503) problems.push(`${where}: HTTP ${status} ${JSON.stringify(body)}`);
      if (body.ok) tally.ok++;
      else {
        tally.refused++;
        if (after !== before) problems.push(`${where}: refused (${body.error?.code}) but the data changed`);
        const texts = [body.error?.message ?? '', ...Object.values(body.error?.fields ?? {})];
        for (const text of texts) {
          if (!CHINESE.test(text) || ASCII_WORD.test(text.replace(PRODUCT_WORDS, ''))) problems.push(`${where}: message not Chinese: ${text}`);
        }
      }
      before = after;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // The fuzz reached the services, not only the schemas.
    expect(tally.ok).toBeGreaterThan(100);
    expect(tally.refused).toBeGreaterThan(500);
  }, 240_000);
});
