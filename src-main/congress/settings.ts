import { congressSettingsSchema, type CongressSettings } from '../../shared/congress/schema';
import { AppError } from '../../shared/api/errors';
import type { Db } from '../db/types';
import { readSettings, writeSettings } from '../settings/settings-table';

const KEY = 'congress';

export function getCongressSettings(db: Db): CongressSettings {
  return readSettings(db, KEY, congressSettingsSchema);
}

export function updateCongressSettings(db: Db, patch: Partial<CongressSettings>): CongressSettings {
  const next = { ...getCongressSettings(db), ...patch };
  if (next.quorumNumerator > next.quorumDenominator) {
    throw new AppError('VALIDATION', '法定到会比例不能超过应到代表的全部。', { quorumNumerator: '分子不能大于分母' });
  }
  if (next.passNumerator >= next.passDenominator) {
    throw new AppError('VALIDATION', '通过比例应小于全部（例如 二分之一）。', { passNumerator: '分子应小于分母' });
  }
  return writeSettings(db, KEY, congressSettingsSchema, patch);
}
