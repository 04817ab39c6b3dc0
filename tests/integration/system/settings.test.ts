import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkedDispatch as dispatch } from '../../helpers/api';
import { getGeneralSettings, updateGeneralSettings } from '../../../src-main/settings/service';
import { tempStore } from '../../helpers/store';

let store: ReturnType<typeof tempStore>;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.close());

const call = (method: string, input?: unknown) => dispatch(store.ctx, method, input, () => undefined);

describe('general settings', () => {
  it('start empty', () => {
    expect(getGeneralSettings(store.ctx.db)).toEqual({ schoolName: '', unionName: '', supervisionPhone: '', supervisionEmail: '' });
  });

  it('are kept in the database, and an update of one field leaves the others as they were', async () => {
    await call('settings.update', { schoolName: '第一中学', unionName: '第一中学工会委员会', supervisionPhone: '0512-65432100' });
    const after = await call('settings.update', { supervisionEmail: ' gh@school.cn ' });
    expect(after).toEqual({
      ok: true,
      data: { schoolName: '第一中学', unionName: '第一中学工会委员会', supervisionPhone: '0512-65432100', supervisionEmail: 'gh@school.cn' },
    });
    const stored = store.ctx.db.prepare("SELECT value FROM settings WHERE key = 'general'").pluck().get() as string;
    expect(JSON.parse(stored)).toMatchObject({ schoolName: '第一中学', supervisionEmail: 'gh@school.cn' });
    expect(await call('settings.get')).toMatchObject({ ok: true, data: { unionName: '第一中学工会委员会' } });
  });

  it('refuse a bad email or phone in Chinese and keep what was stored', async () => {
    updateGeneralSettings(store.ctx.db, { schoolName: '第一中学', supervisionPhone: '13912345678' });
    const email = await call('settings.update', { supervisionEmail: '不是邮箱' });
    expect(email).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { supervisionEmail: '「监督邮箱」监督邮箱格式不正确' } } });
    const phone = await call('settings.update', { supervisionPhone: '12345', schoolName: '改了' });
    expect(phone).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!phone.ok && phone.error.message).toContain('监督电话');
    expect(getGeneralSettings(store.ctx.db)).toMatchObject({ schoolName: '第一中学', supervisionPhone: '13912345678' });
  });

  it('fall back to the defaults when the stored value is not readable', () => {
    store.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('general', '{not json')").run();
    expect(getGeneralSettings(store.ctx.db).schoolName).toBe('');
  });
});
