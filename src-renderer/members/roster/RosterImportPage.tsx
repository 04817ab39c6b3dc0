/**
 * 导入花名册: the one import wizard with the record set 'members' (upload → header row and columns →
 * check and fix in place → import), then the list of past imports, each of which can be undone as
 * a whole. An import left running on the last visit opens again at its step, following its job.
 */
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ImportSheet } from '../../../shared/import/schema';
import { PageHeader } from '../../components/PageHeader';
import { ImportWizard } from '../../import/ImportWizard';
import { leftImport, type LeftImport } from '../../import/left-imports';
import { RecordBatches } from '../../import/RecordBatches';

const INVALIDATES = ['members.'];

function subtitle(sheet: ImportSheet | null): string {
  if (!sheet) return '从 Excel 或 CSV 花名册批量添加、更新会员';
  return [sheet.fileName, sheet.format === 'csv' ? null : `工作表“${sheet.sheet}”`, `表头在第 ${sheet.headerRow} 行`].filter(Boolean).join(' · ');
}

export function RosterImportPage() {
  const navigate = useNavigate();
  // Read once on mount (pure), so the wizard is given the same state on a second render.
  const [resume] = useState<LeftImport | null>(() => leftImport('members'));
  const [sheet, setSheet] = useState<ImportSheet | null>(resume?.sheet ?? null);
  return (
    <div>
      <PageHeader title="导入花名册" subtitle={subtitle(sheet)} extra={<Button onClick={() => navigate('/members')}>返回会员花名册</Button>} />
      <Card>
        <ImportWizard
          set="members"
          options={{}}
          invalidates={INVALIDATES}
          resume={resume}
          batchesWhere="在下方“导入记录”中"
          doneButton={{ label: '查看会员花名册', onClick: () => navigate('/members') }}
          onSheet={setSheet}
        />
      </Card>
      <Card title="导入记录" size="small" style={{ marginTop: 24 }} data-testid="import-batches">
        <RecordBatches set="members" invalidates={INVALIDATES} />
      </Card>
    </div>
  );
}
