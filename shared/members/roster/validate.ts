/**
 * Row-by-row validation of an imported roster, before anything touches the store. Pure: the import
 * engine runs it for each line through the roster's definition (src-main/members/roster/definition.ts).
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

/** Lines below (or inside) a roster that are not members: totals, signatures, notes. */
const FOOTER = /^(合计|总计|小计|共计|制表|填表|审核|审批|负责人|联系人|单位负责人|注[:：]|说明|备注[:：]|盖章|日期[:：])|[:：]\s*\d+\s*人$|人[:：]?$/;

/** In the name column itself: a total or a signature line, never a person (no name has a colon). */
const NAME_FOOTER = /^(合计|总计|小计|共计|制表|填表|审核|审批|负责人|联系人|注|说明|盖章)|[:：]/;

/** One roster line as the check reads it: cells by field, and where to put a message. */
export interface MemberRowCells {
  row: number;
  /** The cell's text as the file has it. */
  raw(field: ImportField): string;
  /** The cell was a number in the workbook (an ID there has lost digits). */
  numeric(field: ImportField): boolean;
  error(field: ImportField, message: string): void;
  warn(field: ImportField, message: string): void;
}

/** A line of the sheet as the blank/footer test sees it. */
export interface RosterLine {
  grid: GridRow;
  /** The cells trimmed and half-width. */
  cleaned: readonly string[];
  column(field: ImportField): number | undefined;
  mapped: ReadonlySet<number>;
}

function clean(value: string | undefined): string {
  return trimAll(toHalfWidth(value ?? ''));
}

/** No member data in it: a blank line, a footer, or a stray 序号 — unless member data sits in it. */
function hasNoMemberData(line: RosterLine): boolean {
  const merged = line.grid.merged;
  let memberData = false;
  for (let i = 0; i < line.cleaned.length; i++) {
    const text = line.cleaned[i]!;
    if (text === '' || (merged !== undefined && merged.includes(i))) continue;
    if (FOOTER.test(text.replace(/\s+/g, ''))) return true;
    if (line.mapped.has(i)) memberData = true;
  }
  return !memberData;
}

/**
 * A line that is not a member, skipped without comment: a total or signature in the name column
 * (with no ID beside it), or a line with a name and ID both empty and nothing else of a member.
 */
export function isNotAMember(line: RosterLine): boolean {
  const nameAt = line.column('name');
  const idAt = line.column('idNumber');
  const nameText = nameAt === undefined ? '' : (line.cleaned[nameAt] ?? '');
  const idText = idAt === undefined ? '' : (line.cleaned[idAt] ?? '');
  if (nameAt === undefined) return hasNoMemberData(line);
  if (idText === '' && NAME_FOOTER.test(nameText.replace(/\s+/g, ''))) return true;
  return nameText === '' && idText === '' && hasNoMemberData(line);
}

function describeDate(d: ParsedDate): string {
  return d.precision === 'month' ? formatMonthCn(d.iso) : formatDateCn(d.iso);
}

function sameAtPrecision(given: ParsedDate, fromId: string): boolean {
  if (given.precision === 'day') return given.iso === fromId;
  return given.iso.slice(0, 7) === fromId.slice(0, 7);
}

const OPTIONAL_TEXT: ImportField[] = ['ethnicity', 'politicalStatus', 'education', 'title', 'department', 'position', 'phone', 'notes'];

/**
 * Checks one member line; its messages go to `cells`. Returns what would be stored, or null when
 * the line has an error. `firstRowOfId` carries the IDs met on earlier lines of the file.
 */
export function checkMemberRow(cells: MemberRowCells, firstRowOfId: Map<string, number>): MemberData | null {
  let failed = false;
  const add = (field: ImportField, level: RowIssue['level'], message: string) => {
    if (level === 'error') {
      failed = true;
      cells.error(field, message);
    } else cells.warn(field, message);
  };
  const raw = (field: ImportField) => cells.raw(field);
  const numeric = (field: ImportField) => cells.numeric(field);

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
      else firstRowOfId.set(id.value, cells.row);
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

  if (failed) return null;

  // Anything else the member schema refuses (a phone that is not one, text too long) is left
  // empty with a warning rather than stopping the row. The dates are already calendar-checked ISO
  // dates from parseFlexibleDate; the schema's own date check (a strict dayjs parse) was half the
  // time of checking 50,000 rows, so they go around it.
  const { birthDate, joinDate } = input;
  delete input.birthDate;
  delete input.joinDate;
  for (let attempt = 0; attempt < OPTIONAL_TEXT.length + 2; attempt++) {
    const parsed = memberInputSchema.safeParse(input);
    if (parsed.success) return { ...parsed.data, birthDate: birthDate ?? null, joinDate: joinDate ?? null };
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] as ImportField;
    const label = IMPORT_FIELD_LABELS[field];
    const text = issue.message.startsWith(label.slice(0, 2)) ? issue.message : `${label}${issue.message}`;
    if (field === 'name' || field === 'idNumber') {
      add(field, 'error', text);
      return null;
    }
    add(field, 'warning', `${text}，已留空`);
    delete input[field];
  }
  return null;
}
