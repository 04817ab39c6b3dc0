import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { residentIdCheckChar } from '../../../shared/domain/resident-id';
import {
  changeStatusInputSchema,
  memberInputSchema,
  memberListQuerySchema,
  type MemberInput,
  type MemberListQuery,
} from '../../../shared/members/schema';
import type { Db } from '../../../src-main/db/types';
import {
  changeMemberStatus,
  createMember,
  deleteMember,
  getMemberDetail,
  listDepartments,
  listMembers,
  memberStats,
  updateMember,
} from '../../../src-main/members/service';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
let db: Db;
beforeEach(() => {
  store = tempStore();
  db = store.ctx.db;
});
afterEach(() => store.close());

function idFor(birth: string, seq: string): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

const add = (input: MemberInput) => createMember(db, memberInputSchema.parse(input));
const list = (query: MemberListQuery = {}) => listMembers(db, memberListQuerySchema.parse(query));
const names = (query: MemberListQuery = {}) => list(query).rows.map((m) => m.name);

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('did not throw');
}

describe('creating and updating members', () => {
  it('takes gender and birth date from a valid ID, overruling what was typed', () => {
    const m = add({ name: '张三', gender: '男', birthDate: '2000-01-01', idNumber: '11010519491231002x' });
    expect(m).toMatchObject({ name: '张三', gender: '女', birthDate: '1949-12-31', idNumber: '11010519491231002X', status: '在册' });
    const updated = updateMember(db, m.id, memberInputSchema.parse({ name: '张三', idNumber: idFor('19800101', '001') }));
    expect(updated).toMatchObject({ gender: '男', birthDate: '1980-01-01' });
  });

  it('keeps typed gender and birth date when there is no ID', () => {
    expect(add({ name: '李四', gender: '男', birthDate: '1990-05-06' })).toMatchObject({ gender: '男', birthDate: '1990-05-06', idNumber: null });
  });

  it('refuses a second member with the same ID, naming the one who has it', () => {
    add({ name: '张三', idNumber: '11010519491231002X', department: '数学组' });
    const error = thrown(() => add({ name: '张叁', idNumber: '11010519491231002X' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('张三（数学组）');
    expect(error.fields?.idNumber).toBeTruthy();
    expect(list().total).toBe(1);
  });

  it('refuses to give one member the ID of another on update, and lets a member keep its own', () => {
    const a = add({ name: '张三', idNumber: '11010519491231002X' });
    const b = add({ name: '李四' });
    expect(thrown(() => updateMember(db, b.id, memberInputSchema.parse({ name: '李四', idNumber: '11010519491231002X' }))).code).toBe('CONFLICT');
    expect(updateMember(db, a.id, memberInputSchema.parse({ name: '张三', idNumber: '11010519491231002X', position: '组长' })).position).toBe('组长');
    expect(getMemberDetail(db, b.id).idNumber).toBeNull();
  });

  it('says NOT_FOUND for a member that does not exist', () => {
    expect(thrown(() => updateMember(db, 999, memberInputSchema.parse({ name: '无' }))).code).toBe('NOT_FOUND');
    expect(thrown(() => getMemberDetail(db, 999)).message).toContain('找不到该会员');
  });
});

describe('searching and filtering', () => {
  beforeEach(() => {
    add({ name: '张三', idNumber: '11010519491231002X', phone: '13912345678', department: '数学组', employmentType: '在编' });
    add({ name: '张三丰', idNumber: idFor('19800101', '001'), phone: '0512-65432100', department: '语文组', employmentType: '临聘' });
    add({ name: '李四', gender: '男', phone: '13800001111', department: '数学组', employmentType: '编外' });
    add({ name: '曾小明', department: '行政' });
  });

  it('finds by part of a name', () => {
    expect(names({ search: '张' }).sort()).toEqual(['张三', '张三丰']);
    expect(names({ search: '三丰' })).toEqual(['张三丰']);
  });

  it('finds by pinyin initials (zs finds 张三) and full pinyin, reading 曾 as a surname', () => {
    expect(names({ search: 'zs' }).sort()).toEqual(['张三', '张三丰']);
    expect(names({ search: 'ZSF' })).toEqual(['张三丰']);
    expect(names({ search: 'zhangsan' }).sort()).toEqual(['张三', '张三丰']);
    expect(names({ search: 'lisi' })).toEqual(['李四']);
    expect(names({ search: 'zengxiaoming' })).toEqual(['曾小明']);
    expect(names({ search: 'zxm' })).toEqual(['曾小明']);
  });

  it('finds by the end or any part of an ID number, with a lower-case x', () => {
    expect(names({ search: '002x' })).toEqual(['张三']);
    expect(names({ search: '19491231' })).toEqual(['张三']);
  });

  it('finds by part of a phone number, full-width digits too', () => {
    expect(names({ search: '1111' })).toEqual(['李四']);
    expect(names({ search: '６５４３２' })).toEqual(['张三丰']);
    expect(names({ search: '0512-654' })).toEqual(['张三丰']);
  });

  it('treats LIKE wildcards in the search as plain characters', () => {
    expect(names({ search: '%' })).toEqual([]);
    expect(names({ search: '_' })).toEqual([]);
  });

  it('filters by department, status, employment type and gender, combined with search', () => {
    expect(names({ departments: ['数学组'] }).sort()).toEqual(['李四', '张三'].sort());
    expect(names({ employmentTypes: ['临聘', '编外'] }).sort()).toEqual(['张三丰', '李四'].sort());
    expect(names({ genders: ['女'] })).toEqual(['张三']);
    expect(names({ genders: ['男'] }).sort()).toEqual(['张三丰', '李四'].sort());
    expect(names({ departments: ['数学组'], search: 'zs' })).toEqual(['张三']);
    expect(names({ statuses: ['退休'] })).toEqual([]);
    // The school's order: as the roster listed them (设置 → 部门顺序), not by their characters.
    expect(listDepartments(db)).toEqual(['数学组', '语文组', '行政']);
  });
});

describe('paging and sorting', () => {
  it('pages through every member exactly once in a stable order, whatever the sort', () => {
    const depts = ['数学组', '语文组', null];
    for (let i = 0; i < 47; i++) add({ name: `会员${String(i).padStart(2, '0')}`, department: depts[i % 3] ?? null, joinDate: i % 5 ? null : '2020-09-01' });
    for (const sortBy of ['name', 'department', 'birthDate', 'joinDate', 'createdAt'] as const) {
      for (const sortOrder of ['asc', 'desc'] as const) {
        const seen: number[] = [];
        for (let page = 1; page <= 5; page++) {
          const result = list({ sortBy, sortOrder, page, pageSize: 10 });
          expect(result.total).toBe(47);
          seen.push(...result.rows.map((m) => m.id));
        }
        expect(seen).toHaveLength(47);
        expect(new Set(seen).size).toBe(47);
        const again = [1, 2, 3, 4, 5].flatMap((page) => list({ sortBy, sortOrder, page, pageSize: 10 }).rows.map((m) => m.id));
        expect(again).toEqual(seen);
      }
    }
  });

  it('sorts by name in pinyin order and keeps empty values last in both directions', () => {
    add({ name: '赵六', department: '语文组' });
    add({ name: '安七', department: null });
    add({ name: '白八', department: '数学组' });
    expect(names({ sortBy: 'name' })).toEqual(['安七', '白八', '赵六']);
    expect(names({ sortBy: 'department', sortOrder: 'asc' }).at(-1)).toBe('安七');
    expect(names({ sortBy: 'department', sortOrder: 'desc' }).at(-1)).toBe('安七');
  });
});

describe('status changes', () => {
  it('keep the record and write the history, newest first', () => {
    const m = add({ name: '张三', joinDate: '2000-09-01' });
    changeMemberStatus(db, changeStatusInputSchema.parse({ id: m.id, status: '调出', date: '2024-08-31', reason: '调往第二中学' }));
    const back = changeMemberStatus(db, changeStatusInputSchema.parse({ id: m.id, status: '在册', date: '2025-09-01' }));
    expect(back).toMatchObject({ status: '在册', statusDate: '2025-09-01' });
    const detail = getMemberDetail(db, m.id);
    expect(detail.statusHistory.map((h) => [h.fromStatus, h.toStatus, h.changedOn, h.reason])).toEqual([
      ['调出', '在册', '2025-09-01', null],
      ['在册', '调出', '2024-08-31', '调往第二中学'],
    ]);
  });

  it('refuse the status the member already has, and a date before joining, changing nothing', () => {
    const m = add({ name: '张三', joinDate: '2000-09-01' });
    const same = thrown(() => changeMemberStatus(db, changeStatusInputSchema.parse({ id: m.id, status: '在册', date: '2024-01-01' })));
    expect(same.code).toBe('CONFLICT');
    expect(same.message).toContain('当前已是“在册”');
    const early = thrown(() => changeMemberStatus(db, changeStatusInputSchema.parse({ id: m.id, status: '退休', date: '1999-01-01' })));
    expect(early.code).toBe('VALIDATION');
    expect(getMemberDetail(db, m.id)).toMatchObject({ status: '在册', statusHistory: [] });
  });

  it('are counted in the statistics', () => {
    const a = add({ name: '张三', department: '数学组', idNumber: '11010519491231002X' });
    add({ name: '李四', department: '数学组' });
    changeMemberStatus(db, changeStatusInputSchema.parse({ id: a.id, status: '退休', date: '2026-01-01' }));
    const stats = memberStats(db);
    expect(stats.total).toBe(2);
    expect(stats.byStatus).toEqual(expect.arrayContaining([{ status: '退休', count: 1 }, { status: '在册', count: 1 }]));
    expect(stats.byDepartment).toEqual([{ department: '数学组', count: 1 }]);
  });
});

describe('deleting', () => {
  it('is refused with IN_USE while another record refers to the member, and allowed once it does not', () => {
    db.exec(`CREATE TABLE test_visits (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members (id)) STRICT`);
    const m = add({ name: '张三' });
    db.prepare('INSERT INTO test_visits (member_id) VALUES (?)').run(m.id);
    const error = thrown(() => deleteMember(db, m.id));
    expect(error.code).toBe('IN_USE');
    expect(error.message).toContain('张三');
    expect(error.message).toContain('1 条');
    expect(getMemberDetail(db, m.id).name).toBe('张三');
    db.prepare('DELETE FROM test_visits').run();
    deleteMember(db, m.id);
    expect(list().total).toBe(0);
  });

  it('takes the member’s own history with it', () => {
    const m = add({ name: '张三' });
    changeMemberStatus(db, changeStatusInputSchema.parse({ id: m.id, status: '退会', date: '2026-01-01' }));
    deleteMember(db, m.id);
    expect(db.prepare('SELECT count(*) FROM member_status_history').pluck().get()).toBe(0);
    expect(thrown(() => deleteMember(db, m.id)).code).toBe('NOT_FOUND');
  });
});

describe('indexed search (migration 006) finds exactly what a plain LIKE scan finds', () => {
  /** The search's meaning, written as the simplest scan over members. */
  function reference(q: string, statuses?: string[]): number[] {
    const clean = q.replace(/\s+/g, '');
    const esc = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);
    let sql: string;
    let params: string[];
    if (/^[a-zA-Z]+$/.test(clean)) {
      sql = `(name_initials LIKE ? ESCAPE '\\' OR name_pinyin LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')`;
      params = [`${esc(clean.toLowerCase())}%`, `${esc(clean.toLowerCase())}%`, `%${esc(clean)}%`];
    } else if (/^[\dxX-]+$/.test(clean)) {
      sql = `(id_number LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')`;
      params = [`%${esc(clean.toUpperCase())}%`, `%${esc(clean.toUpperCase())}%`];
    } else {
      sql = `name LIKE ? ESCAPE '\\'`;
      params = [`%${esc(clean)}%`];
    }
    if (statuses) {
      sql += ` AND status IN (${statuses.map(() => '?').join(',')})`;
      params.push(...statuses);
    }
    return db.prepare(`SELECT id FROM members WHERE ${sql} ORDER BY id`).pluck().all(...params) as number[];
  }
  const found = (q: string, statuses?: MemberListQuery['statuses']) =>
    list({ search: q, statuses, pageSize: 500 })
      .rows.map((m) => m.id)
      .sort((a, b) => a - b);

  it('for names, pinyin, initials, ID parts, phone parts and odd input', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const surnames = [...'王李张刘陈曾单解欧阳'];
    const given = [...'伟芳娜三丰小明子轩%_'];
    const latin = ['Anna', 'John Smith', 'Zs Test', '张Anna', 'MARY'];
    db.transaction(() => {
      for (let i = 0; i < 300; i++) {
        const name = i % 25 === 0 ? pick(latin) : pick(surnames) + pick(given) + (random() < 0.6 ? pick(given) : '');
        const first17 = `3201021980${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i).padStart(3, '0')}`;
        add({
          name,
          idNumber: i % 7 === 0 ? null : first17 + residentIdCheckChar(first17),
          phone: i % 5 === 0 ? `0512-6543${String(i).padStart(4, '0')}` : i % 3 === 0 ? null : `139${String(i * 7919).padStart(8, '0')}`,
        });
      }
    })();
    const queries = [
      '张', '张三', '张三丰', '王伟芳', '%', '_', '三%', '欧阳', 'Anna', 'anna', 'an', 'a', 'smith', 'SMITH', 'mary',
      'zs', 'z', 'zsf', 'zh', 'zhang', 'zhangsan', 'shan', 'xie', 'oy', 'ouyang', 'x', 'X', 'zz',
      '1', '12', '123', '0512', '0512-654', '-', '--', '5X', '2x', '19800101', '139', '0000', '张A', 'ann a',
    ];
    for (const q of queries) {
      expect(found(q), q).toEqual(reference(q));
      expect(found(q, ['在册']), `${q} 在册`).toEqual(reference(q, ['在册']));
    }
  });

  it('keeps the search index in step when a name, ID or phone changes and when a member is deleted', () => {
    const m = add({ name: '欧阳修文', idNumber: '11010519491231002X', phone: '13912345678' });
    expect(names({ search: '阳修文' })).toEqual(['欧阳修文']);
    updateMember(db, m.id, memberInputSchema.parse({ name: '欧阳锋', idNumber: idFor('19800101', '001'), phone: '0512-65432100' }));
    expect(names({ search: '阳修文' })).toEqual([]);
    expect(names({ search: '1231002X' })).toEqual([]);
    expect(names({ search: '13912345678' })).toEqual([]);
    expect(names({ search: '欧阳锋' })).toEqual(['欧阳锋']);
    expect(names({ search: '19800101' })).toEqual(['欧阳锋']);
    expect(names({ search: '5432100' })).toEqual(['欧阳锋']);
    deleteMember(db, m.id);
    expect(names({ search: '欧阳锋' })).toEqual([]);
    db.prepare("INSERT INTO member_search (member_search, rank) VALUES ('integrity-check', 1)").run();
  });

  it('pages a search and still reports the total past the last page', () => {
    for (let i = 0; i < 25; i++) add({ name: `张${i}号` });
    expect(list({ search: '张', page: 2, pageSize: 10 })).toMatchObject({ total: 25 });
    expect(list({ search: '张', page: 2, pageSize: 10 }).rows).toHaveLength(10);
    expect(list({ search: '张', page: 9, pageSize: 10 })).toMatchObject({ total: 25, rows: [] });
  });
});
