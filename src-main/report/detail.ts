import { FIGURE_LABELS, type FigureDetail, type FigureKey } from '../../shared/report/schema';
import type { Db } from '../db/types';

export function figureDetail(_db: Db, year: number, figure: FigureKey): FigureDetail {
  return { title: `${year}年 ${FIGURE_LABELS[figure]}（0）`, columns: [], rows: [] };
}
