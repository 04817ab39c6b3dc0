/**
 * `npm run bench`: seeds 50,000 members into a temporary store and times the member search the way
 * the list page calls it (one page of 20 plus the total), per kind of query, against the floor of a
 * plain SELECT count(*) over the same table. Target: p95 ≤ 10 ms. Not a test: nothing fails here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EMPLOYMENT_TYPES, MEMBER_STATUSES } from '../shared/domain/labels';
import { residentIdCheckChar } from '../shared/domain/resident-id';
import { memberInputSchema, memberListQuerySchema, type MemberListQuery } from '../shared/members/schema';
import { openStore } from '../src-main/db/open';
import { insertMember, listMembers } from '../src-main/members/service';

const MEMBERS = 50_000;
const QUERIES = 200;
const TARGET_MS = 10;

// A fixed seed: every run searches the same data with the same queries.
let seed = 20261124;
function random(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕建国志文辉丹萍鹏宇浩然晨曦思雨梓涵欣怡子轩诗琪雅婷俊杰一鸣海峰春梅秋菊冬雪晓东'];
const DEPARTMENTS = ['语文组', '数学组', '英语组', '物理组', '化学组', '生物组', '政治组', '历史组', '地理组', '体育组', '音乐组', '美术组', '信息组', '教务处', '政教处', '总务处', '校长室', '后勤'];
const AREAS = ['110105', '320102', '320583', '440305', '510104', '330106', '370202', '420111'];

function residentId(used: Set<string>): string {
  for (;;) {
    const y = 1960 + Math.floor(random() * 45);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    const seq = String(Math.floor(random() * 1000)).padStart(3, '0');
    const first17 = `${pick(AREAS)}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq}`;
    const id = first17 + residentIdCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'union-ledger-bench-'));
  const file = path.join(dir, 'bench.db');
  let db = openStore(file);
  try {
    const seedStarted = performance.now();
    const names: string[] = [];
    const ids: string[] = [];
    const used = new Set<string>();
    db.transaction(() => {
      for (let i = 0; i < MEMBERS; i++) {
        const name = pick(SURNAMES) + pick(GIVEN) + (random() < 0.7 ? pick(GIVEN) : '');
        const idNumber = residentId(used);
        names.push(name);
        ids.push(idNumber);
        const data = memberInputSchema.parse({
          name,
          idNumber,
          phone: `1${pick(['3', '5', '7', '8', '9'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
          department: pick(DEPARTMENTS),
          employmentType: pick(EMPLOYMENT_TYPES),
          joinDate: `${2000 + Math.floor(random() * 26)}-09-01`,
        });
        insertMember(db, data);
      }
      // A realistic mix of statuses: most members are in the register.
      db.prepare("UPDATE members SET status = CASE WHEN id % 10 = 0 THEN '退休' WHEN id % 17 = 0 THEN '调出' ELSE '在册' END").run();
    })();
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    // Measure the store as the app meets it: opened afresh, as at every start.
    db.close();
    db = openStore(file);

    const kinds: Array<{ kind: string; queries: MemberListQuery[] }> = [
      { kind: '姓名 name part', queries: Array.from({ length: QUERIES }, () => ({ search: pick(names).slice(0, 2) })) },
      {
        kind: '拼音首字母 initials',
        queries: Array.from({ length: QUERIES }, () => {
          const row = db.prepare<[string], { name_initials: string }>('SELECT name_initials FROM members WHERE name = ? LIMIT 1').get(pick(names));
          return { search: row?.name_initials ?? 'zs' };
        }),
      },
      { kind: '身份证后 4 位 ID suffix', queries: Array.from({ length: QUERIES }, () => ({ search: pick(ids).slice(-4) })) },
      {
        kind: '筛选 filter',
        queries: Array.from({ length: QUERIES }, () => ({
          departments: [pick(DEPARTMENTS)],
          statuses: [pick(MEMBER_STATUSES.slice(0, 3))],
          employmentTypes: random() < 0.5 ? [pick(EMPLOYMENT_TYPES)] : [],
          genders: random() < 0.5 ? [pick(['男', '女'] as const)] : [],
        })),
      },
      { kind: '默认列表 default (在册)', queries: Array.from({ length: QUERIES }, (_, i) => ({ statuses: ['在册'], page: 1 + (i % 50) })) },
    ];

    const count = db.prepare('SELECT count(*) FROM members').pluck();
    const floorTimes: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      const t = performance.now();
      count.get();
      floorTimes.push(performance.now() - t);
    }
    floorTimes.sort((a, b) => a - b);
    const floorP50 = percentile(floorTimes, 50);
    const floorP95 = percentile(floorTimes, 95);

    const rows: string[][] = [];
    let worst = 0;
    for (const { kind, queries } of kinds) {
      // One warm-up pass so statement preparation and the page cache are not what is measured.
      for (const q of queries.slice(0, 10)) listMembers(db, memberListQuerySchema.parse(q));
      const times: number[] = [];
      let hits = 0;
      for (const q of queries) {
        const parsed = memberListQuerySchema.parse(q);
        const t = performance.now();
        const result = listMembers(db, parsed);
        times.push(performance.now() - t);
        hits += result.total;
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p95 = percentile(times, 95);
      worst = Math.max(worst, p95);
      rows.push([kind, p50.toFixed(2), p95.toFixed(2), (p95 / floorP95).toFixed(1), String(Math.round(hits / queries.length)), p95 <= TARGET_MS ? 'ok' : 'SLOW']);
    }

    const header = ['query kind', 'p50 ms', 'p95 ms', 'p95 / floor', 'avg hits', `≤ ${TARGET_MS} ms`];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + 2);
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('');
    console.log(`member search benchmark: ${MEMBERS.toLocaleString('en-US')} members, ${QUERIES} queries per kind, page size 20 (seeded in ${seedSeconds.toFixed(1)} s)`);
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    console.log(line(['floor: SELECT count(*)', floorP50.toFixed(3), floorP95.toFixed(3), '1.0', String(MEMBERS), '']));
    console.log(worst <= TARGET_MS ? `all kinds within the target (p95 ≤ ${TARGET_MS} ms)` : `over the target: worst p95 ${worst.toFixed(2)} ms > ${TARGET_MS} ms`);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
