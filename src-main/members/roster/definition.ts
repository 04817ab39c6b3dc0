/**
 * The roster as the import engine sees it: its fields, the header words for each, and the key
 * field a header row must name. Validation, matching and writing stay in this folder (validate.ts,
 * match.ts, service.ts): the roster keeps its own batch tables from migration 002.
 */
import { headerMatcher } from '../../../shared/import/headers';
import { ROSTER_SYNONYMS, type ImportField } from '../../../shared/members/roster/fields';
import type { SheetSpec } from '../../import/sheet';

export const ROSTER_SHEET: SheetSpec<ImportField> = {
  matcher: headerMatcher(ROSTER_SYNONYMS),
  keyField: 'name',
  recordsWord: '会员数据',
};
