/**
 * The import engine's steps for one record set, as the wizard calls them: read a file, check its
 * rows, commit them; and the issues of one row as “错误「列」消息” lines.
 */
import type { ApiClient } from '../../shared/api/client';
import type { ImportCheck, ImportOptions, ImportSheet, RecordSet } from '../../shared/import/schema';

export function importSteps(set: RecordSet, api: () => ApiClient, options: ImportOptions = {}) {
  return {
    read: (fileName: string, bytes: Buffer, client: ApiClient = api()): Promise<ImportSheet> =>
      client.call('import.read', { set, fileName, contentBase64: bytes.toString('base64') }),
    preview: (sheet: ImportSheet, client: ApiClient = api()): Promise<ImportCheck> =>
      client.call('import.preview', { set, options, headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows }),
    commit: (sheet: ImportSheet, client: ApiClient = api(), skipInvalid = false) =>
      client.call('import.commit', {
        set,
        options,
        headers: sheet.headers,
        mapping: sheet.mapping,
        rows: sheet.rows,
        fileName: sheet.fileName,
        sheet: sheet.sheet,
        headerRow: sheet.headerRow,
        skipInvalid,
      }),
  };
}

export function issuesAt(check: ImportCheck, row: number): string[] {
  return (check.rows.find((r) => r.row === row)?.issues ?? []).map((i) => `${i.level === 'error' ? '错误' : '提醒'}「${i.column}」${i.message}`);
}
