import type { Download } from '../../shared/api/common';
import { AppError } from '../../shared/api/errors';
import type { Db } from '../db/types';

export function ledgerWorkbook(_db: Db, _year: number, _opts: { fullIds: boolean }): Promise<Download> {
  return Promise.reject(new AppError('INTERNAL', '年度台账导出尚未完成。'));
}
