/**
 * 代表 of the session's term: grouped by delegation, kinds, the teacher share against the rule,
 * leaving and replacement with the history kept.
 */
import { chineseNumber } from '../../shared/congress/rules';
import { DownloadOutlined, PlusOutlined, PrinterOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Space, Statistic, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Delegate, Session } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { openPrintView } from '../api/platform';
import { formatDateCn } from '../../shared/domain/dates';
import { QueryError } from '../components/QueryError';
import { useColumnSettings } from '../components/useColumnSettings';
import { errorMessage } from '../components/form-errors';
import { ImportButtons } from '../import/ImportButtons';
import { DelegateBulkModal } from './DelegateBulkModal';
import { DelegateFormModal } from './DelegateFormModal';
import { DelegateLeaveModal } from './DelegateLeaveModal';
import { confirmAction } from '../components/confirm-action';

export function DelegatesTab({ session }: { session: Session }) {
  const { modal, message } = App.useApp();
  const list = useApiQuery('congress.delegates.list', { term: session.term });
  const remove = useApiMutation('congress.delegates.delete', ['congress.']);
  const [editing, setEditing] = useState<Delegate | null | undefined>(undefined);
  const [leaving, setLeaving] = useState<Delegate | null>(null);
  const [bulk, setBulk] = useState(false);
  const exportJob = useExportJob('export:congress.delegates', ['congress.delegates.export']);
  const d = list.data;
  const name = `第${chineseNumber(session.term)}届代表名单`;
  const print = (mode: 'pdf' | 'print') =>
    void openPrintView({ route: `/print/congress/delegates/${session.term}`, pageSize: 'A4', landscape: false, fileName: `${name}.pdf` }, mode).catch((e: unknown) =>
      message.error(errorMessage(e)),
    );
  const exportXlsx = () => exportJob.run('congress.delegates.export', { term: session.term }, `导出${name}`);

  const confirmDelete = (delegate: Delegate) =>
    confirmAction({ modal, message }, {
      title: `删除代表 ${delegate.name}？`,
      content: '只用于纠正误登记。代表离开时请用“离任/替换”，记录会保留。',
      run: () => remove.mutateAsync({ id: delegate.id }),
      success: `已删除代表 ${delegate.name}`,
    });

  const columns: ColumnsType<Delegate> = [
    { title: '代表团/代表组', dataIndex: 'delegation', width: 140 },
    { title: '姓名', dataIndex: 'name', width: 100, render: (n: string, r) => <span style={r.leftOn ? { color: '#999' } : undefined}>{n}</span> },
    { title: '部门', dataIndex: 'department', width: 110 },
    { title: '类别', dataIndex: 'kind', width: 90, render: (k: string) => <Tag color={k === '正式' ? 'blue' : 'default'}>{k}</Tag> },
    { title: '教师', dataIndex: 'isTeacher', width: 60, render: (t: boolean) => (t ? '是' : '否') },
    { title: '当选日期', dataIndex: 'electedOn', width: 130, render: (v: string | null) => formatDateCn(v) },
    { title: '提案', dataIndex: 'motionCount', width: 60 },
    {
      title: '变动',
      key: 'history',
      render: (_: unknown, r) => (
        <span style={{ color: '#666' }}>
          {r.replacesName ? `递补 ${r.replacesName}` : ''}
          {r.leftOn ? `${formatDateCn(r.leftOn)} 离任（${r.leftReason ?? ''}）${r.replacedByName ? `，由 ${r.replacedByName} 递补` : ''}` : ''}
        </span>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_: unknown, r) =>
        r.leftOn ? null : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(r)}>
              编辑
            </Button>
            <Button type="link" size="small" onClick={() => setLeaving(r)}>
              离任/替换
            </Button>
            <Button type="link" size="small" danger onClick={() => confirmDelete(r)}>
              删除
            </Button>
          </Space>
        ),
    },
  ];
  const columnSettings = useColumnSettings('congress.delegates', columns);

  return (
    <div>
      {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {exportJob.panel}
      {d ? (
        <Flex gap={32} align="center" wrap style={{ marginBottom: 12 }}>
          <Statistic title="在任正式代表" value={d.votingCount} suffix="人" />
          <Statistic title="其中教师" value={d.teacherCount} suffix="人" />
          <Statistic
            title="教师代表比例"
            value={d.teacherPercent}
            suffix="%"
            valueStyle={{ color: d.teacherShareOk ? '#389e0d' : '#cf1322' }}
          />
          <Statistic title="女代表比例" value={d.womenPercent} suffix="%" valueStyle={{ color: d.womenShareOk ? '#389e0d' : '#cf1322' }} />
          <Statistic title="中层以上干部比例" value={d.cadrePercent} suffix="%" valueStyle={{ color: d.cadreShareOk ? '#389e0d' : '#cf1322' }} />
          <Space style={{ marginLeft: 'auto' }} wrap>
            <Button type="primary" icon={<TeamOutlined />} onClick={() => setBulk(true)}>
              从花名册选择
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              添加代表
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => print('print')}>
              打印代表名单
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()}>
              导出代表名单
            </Button>
            <ImportButtons set="delegates" options={{ term: session.term }} target={`第${chineseNumber(session.term)}届`} invalidates={['congress.']} />
            {columnSettings.button}
          </Space>
        </Flex>
      ) : null}
      {d && d.votingCount > 0 ? (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} size={6}>
          {!d.teacherShareOk ? <Alert type="warning" showIcon message={`教师代表不足代表总数的 ${d.teacherShareMin}%，请调整代表构成`} /> : null}
          {!d.womenShareOk ? <Alert type="warning" showIcon message={`女代表 ${d.womenCount} 人，不足代表总数的 ${d.womenShareMin}%，女教职工应有适当比例的代表`} /> : null}
          {!d.cadreShareOk ? <Alert type="warning" showIcon message={`中层以上干部代表 ${d.cadreCount} 人，超过代表总数的 ${d.cadreShareMax}%`} /> : null}
          {d.delegations.length ? (
            <div data-testid="delegation-counts" style={{ color: '#555' }}>
              代表团：{d.delegations.map((g) => `${g.name} ${g.count} 人${g.voting !== g.count ? `（正式 ${g.voting}）` : ''}`).join('；')}
            </div>
          ) : null}
        </Space>
      ) : null}
      <Table<Delegate>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={d?.rows ?? []}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        locale={{ emptyText: `还没有第${chineseNumber(session.term)}届代表，点击“添加代表”从会员中选择` }}
        columns={columnSettings.columns}
        scroll={columnSettings.scroll}
      />
      <DelegateFormModal open={editing !== undefined} term={session.term} delegate={editing ?? null} onClose={() => setEditing(undefined)} />
      <DelegateLeaveModal delegate={leaving} onClose={() => setLeaving(null)} />
      <DelegateBulkModal open={bulk} term={session.term} onClose={() => setBulk(false)} />
    </div>
  );
}
