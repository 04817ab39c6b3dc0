/**
 * The kinds of long work that run as jobs. Each kind is the name of an API method: the job takes
 * that method's input and ends with that method's output, so a job is typed by the contract like
 * the call it replaces. Adding a kind: its name here (with the words a user sees), and a runner in
 * src-main/jobs/kinds.ts.
 */
export const JOB_KINDS = [
  'import.read',
  'import.preview',
  'import.commit',
  'report.ledger',
  'roster.export',
  'system.backupNow',
  'system.exportBackup',
  'system.restoreBackup',
  'district.receive.preview',
  'district.receive.commit',
  'honours.export',
  'activities.export',
  'congress.export',
  'congress.delegates.export',
  'welfare.export',
  'welfare.hardship.export',
  'dues.export',
  'disclosure.register.export',
  'district.export.summary',
  'district.export.hardship',
  'district.export.motions',
  'district.send',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** What the header's indicator calls a job when the page that started it gave no name. */
export const JOB_KIND_LABELS: Record<JobKind, string> = {
  'import.read': '读取登记表',
  'import.preview': '检查登记表',
  'import.commit': '导入登记表',
  'report.ledger': '导出年度台账',
  'roster.export': '导出会员花名册',
  'system.backupNow': '备份数据',
  'system.exportBackup': '备份到文件',
  'system.restoreBackup': '恢复数据',
  'district.receive.preview': '检查报送的台账',
  'district.receive.commit': '接收台账',
  'honours.export': '导出评优评先记录',
  'activities.export': '导出工会活动记录',
  'congress.export': '导出提案汇总表',
  'congress.delegates.export': '导出代表名单',
  'welfare.export': '导出慰问登记表',
  'welfare.hardship.export': '导出困难职工档案',
  'dues.export': '导出会费收缴台账',
  'disclosure.register.export': '导出校务公开台账',
  'district.export.summary': '导出全区汇总表',
  'district.export.hardship': '导出困难职工汇总表',
  'district.export.motions': '导出全区提案汇总',
  'district.send': '生成报送台账',
};

/** Jobs that write to the store: they run one at a time, the rest wait (排队). */
export const WRITING_KINDS: readonly JobKind[] = ['import.commit', 'system.restoreBackup', 'district.receive.commit'];

export function isJobKind(name: string): name is JobKind {
  return (JOB_KINDS as readonly string[]).includes(name);
}
