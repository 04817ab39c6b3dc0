/**
 * Row-by-row validation of an imported roster, before anything touches the store. Pure: the main
 * process runs it on preview and again on commit; tests run it directly.
 *
 * Errors stop a row (bad or number-mangled ID, the same ID twice, data without a name); warnings
 * let it in (no ID, gender or birth date contradicting the ID, a value we cannot read and leave empty).
 */
import { formatDateCn, formatMonthCn } from '../../domain/dates';
import { checkResidentId, residentIdMessage } from '../../domain/resident-id';
import { normalizeName, toHalfWidth, trimAll } from '../../domain/text';
import { memberInputSchema, type MemberData, type MemberInput } from '../schema';
import { IMPORT_FIELD_LABELS, type ImportField } from './fields';
import type { GridRow, RowIssue } from './schema';
import { parseEmploymentType, parseFlexibleDate, parseGender, type ParsedDate } from '../../import/values';
import { reportProgress } from '../../jobs/progress';

export interface RowVerdict {
  row: number;
  issues: RowIssue[];
  /** What would be stored; null when the row has an error. */
  data: MemberData | null;
}

export interface Verdicts {
  rows: RowVerdict[];
  /** Blank and footer lines, not counted as data. */
  skipped: number;
}

/** Lines below (or inside) a roster that are not members: totals, signatures, notes. */
const FOOTER = /^(合计|总计|小计|共计|制表|填表|审核|审批|负责人|联系人|单位负责人|注[:：]|说明|备注[:：]|盖章|日期[:：])|[:：]\s*\d+\s*人$|人[:：]?$/;

/** In the name column itself: a total or a signature line, never a person (no name has a colon). */
const NAME_FOOTER = /^(合计|总计|小计|共计|制表|填表|审核|审批|负责人|联系人|注|说明|盖章)|[:：]/;

interface Columns {
  index: Partial<Record<ImportField, number>>;
  header: (field: ImportField) => string;
}

function columnsOf(headers: readonly string[], mapping: ReadonlyArray<ImportField | null>): Columns {
  const index: Partial<Record<ImportField, number>> = {};
  mapping.forEach((field, i) => {
    if (field && index[field] === undefined) index[field] = i;
  });
  return {
    index,
    header: (field) => {
      const i = index[field];
      const h = i === undefined ? '' : trimAll(headers[i] ?? '');
      return h || IMPORT_FIELD_LABELS[field];
    },
  };
}

function clean(value: string | undefined): string {
  return trimAll(toHalfWidth(value ?? ''));
}

/** No name and no ID: a blank line, a footer, or a stray 序号 — unless member data sits in it. */
function isNotARow(grid: GridRow, mapping: ReadonlyArray<ImportField | null>): boolean {
  const merged = new Set(grid.merged ?? []);
  let memberData = false;
  for (let i = 0; i < grid.cells.length; i++) {
    const text = clean(grid.cells[i]);
    if (text === '' || merged.has(i)) continue;
    if (FOOTER.test(text.replace(/\s+/g, ''))) return true;
    if (mapping[i]) memberData = true;
  }
  return !memberData;
}

function describeDate(d: ParsedDate): string {
  return d.precision === 'month' ? formatMonthCn(d.iso) : formatDateCn(d.iso);
}

function sameAtPrecision(given: ParsedDate, fromId: string): boolean {
  if (given.precision === 'day') return given.iso === fromId;
  return given.iso.slice(0, 7) === fromId.slice(0, 7);
}

const OPTIONAL_TEXT: ImportField[] = ['ethnicity', 'politicalStatus', 'education', 'title', 'department', 'position', 'phone', 'notes'];

function checkRow(grid: GridRow, cols: Columns, firstRowOfId: Map<string, number>): RowVerdict {
  const issues: RowIssue[] = [];
  const add = (field: ImportField, level: RowIssue['level'], message: string) =>
    issues.push({ field, column: cols.header(field), level, message });
  const raw = (field: ImportField) => {
    const i = cols.index[field];
    return i === undefined ? '' : (grid.cells[i] ?? '');
  };
  const numeric = (field: ImportField) => {
    const i = cols.index[field];
    return i !== undefined && (grid.numeric ?? []).includes(i);
  };

  const name = normalizeName(raw('name'));
  if (name === '') add('name', 'error', '姓名为空：这一行有身份证号或其他信息，但没有姓名');

  // The ID decides gender and birth date, so it is read first.
  let id: ReturnType<typeof checkResidentId> | null = null;
  const idText = clean(raw('idNumber'));
  if (idText === '') {
    add('idNumber', 'warning', '未填身份证号：仍会导入，但无法核对性别和出生日期，今后按姓名和出生日期识别此人');
  } else if (numeric('idNumber')) {
    add('idNumber', 'error', residentIdMessage('scientific'));
  } else {
    id = checkResidentId(idText);
    if (!id.ok) add('idNumber', 'error', `${id.message}（当前为 ${id.value}）`);
    else {
      const first = firstRowOfId.get(id.value);
      if (first !== undefined) add('idNumber', 'error', `身份证号与第 ${first} 行重复：同一人不能导入两次`);
      else firstRowOfId.set(id.value, grid.row);
    }
  }
  const validId = id?.ok ? id : null;

  const input: MemberInput = { name };
  const genderText = clean(raw('gender'));
  const gender = parseGender(genderText);
  if (gender === undefined) {
    if (!validId) add('gender', 'warning', `性别“${genderText}”无法识别，已留空（应为 男 或 女）`);
  } else input.gender = gender;
  if (validId && gender && gender !== validId.gender) {
    add('gender', 'warning', `性别填写为“${gender}”，与身份证号（${validId.gender}）不符，以身份证号为准`);
  }

  const birthText = clean(raw('birthDate'));
  const birth = birthText ? parseFlexibleDate(birthText) : null;
  if (birthText && !birth) add('birthDate', 'warning', `无法识别的日期“${birthText}”，已留空`);
  if (birth) input.birthDate = birth.iso;
  if (validId && birth && !sameAtPrecision(birth, validId.birthDate)) {
    add('birthDate', 'warning', `出生日期（${describeDate(birth)}）与身份证号（${formatDateCn(validId.birthDate)}）不符，以身份证号为准`);
  }

  const joinText = clean(raw('joinDate'));
  const join = joinText ? parseFlexibleDate(joinText) : null;
  if (joinText && !join) add('joinDate', 'warning', `无法识别的日期“${joinText}”，已留空`);
  if (join) input.joinDate = join.iso;

  const employmentText = clean(raw('employmentType'));
  const employment = parseEmploymentType(employmentText);
  if (employment === undefined) add('employmentType', 'warning', `用工性质“${employmentText}”无法识别，已留空（应为 在编、编外 或 临聘）`);
  else input.employmentType = employment;

  for (const field of OPTIONAL_TEXT) (input as Record<string, unknown>)[field] = raw(field);
  if (validId) {
    input.idNumber = validId.value;
    input.gender = validId.gender;
    input.birthDate = validId.birthDate;
  }

  if (issues.some((i) => i.level === 'error')) return { row: grid.row, issues, data: null };

  // Anything else the member schema refuses (a phone that is not one, text too long) is left
  // empty with a warning rather than stopping the row. The dates are already calendar-checked ISO
  // dates from parseFlexibleDate; the schema's own date check (a strict dayjs parse) was half the
  // time of checking 50,000 rows, so they go around it.
  const { birthDate, joinDate } = input;
  delete input.birthDate;
  delete input.joinDate;
  for (let attempt = 0; attempt < OPTIONAL_TEXT.length + 2; attempt++) {
    const parsed = memberInputSchema.safeParse(input);
    if (parsed.success) return { row: grid.row, issues, data: { ...parsed.data, birthDate: birthDate ?? null, joinDate: joinDate ?? null } };
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as ImportField;
    const label = IMPORT_FIELD_LABELS[field];
    const text = issue.message.startsWith(label.slice(0, 2)) ? issue.message : `${label}${issue.message}`;
    if (field === 'name' || field === 'idNumber') {
      add(field, 'error', text);
      return { row: grid.row, issues, data: null };
    }
    add(field, 'warning', `${text}，已留空`);
    delete input[field];
  }
  return { row: grid.row, issues, data: null };
}

export function validateRows(
  headers: readonly string[],
  mapping: ReadonlyArray<ImportField | null>,
  rows: readonly GridRow[],
): Verdicts {
  const cols = columnsOf(headers, mapping);
  const firstRowOfId = new Map<string, number>();
  const verdicts: RowVerdict[] = [];
  let skipped = 0;
  const hasName = cols.index.name !== undefined;
  const nameAt = cols.index.name;
  const idAt = cols.index.idNumber;
  let seen = 0;
  for (const grid of rows) {
    reportProgress('检查', seen++, rows.length);
    const nameText = nameAt === undefined ? '' : clean(grid.cells[nameAt]);
    const idText = idAt === undefined ? '' : clean(grid.cells[idAt]);
    if (hasName && idText === '' && NAME_FOOTER.test(nameText.replace(/\s+/g, ''))) {
      skipped++;
      continue;
    }
    if (hasName && nameText === '' && idText === '' && isNotARow(grid, mapping)) {
      skipped++;
      continue;
    }
    if (!hasName && isNotARow(grid, mapping)) {
      skipped++;
      continue;
    }
    verdicts.push(checkRow(grid, cols, firstRowOfId));
  }
  reportProgress('检查', rows.length, rows.length);
  return { rows: verdicts, skipped };
}
