/**
 * 会费收缴台账 for a year: the rule, what is collected and owed, and every member month by month
 * (√ 已缴, 欠 未缴, — not on the roll that month, blank not yet due), with each member's salary base
 * editable in place. 集中收缴 records a month or a quarter for everyone still owing it; 登记 one
 * member. 导入/导出, the print view and the records of the year sit on the same page.
 */
import { DeleteOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Input, Row, Select, Space, Statistic, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDateCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import type { DuesLedgerRow, MonthState, Payment } from '../../shared/dues/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { openPrintView } from '../api/platform';
import { confirmAction } from '../components/confirm-action';
import { errorMessage } from '../components/form-errors';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { ImportButtons } from '../import/ImportButtons';
import { fenToYuanText } from '../../shared/welfare/schema';
import { parseYuanText } from '../../shared/domain/money';
import { PaymentModal } from './PaymentModal';

/** The legend under the ledger and on its print. */
export const MONTH_LEGEND = '√ 已缴\u3000欠 未缴\u3000— 当月不在册\u3000空白 未到期';

export const MONTH_MARK: Record<MonthState, { text: string; color?: string; title: string }> = {
  已缴: { text: '√', color: 'green', title: '已缴' },
  未缴: { text: '欠', color: 'red', title: '未缴' },
  未到期: { text: '', title: '未到期' },
  非会员: { text: '—', title: '当月不在册' },
};

function BaseCell({ year, row }: { year: number; row: DuesLedgerRow }) {
  const { message } = App.useApp();
  const save = useApiMutation('dues.bases.set', ['dues.', 'report.']);
  const initial = row.baseFen === null ? '' : fenToYuanText(row.baseFen);
  const [text, setText] = useState(initial);
  const commit = async () => {
    if (text === initial) return;
    const check = parseYuanText(text);
    if (!check.ok) {
      message.error(`${row.name} 的月工资基数：${check.message}`);
      setText(initial);
      return;
    }
    try {
      await save.mutateAsync({ year, items: [{ memberId: row.memberId, baseFen: text.trim() === '' ? null : check.fen }] });
    } catch (error) {
      message.error(errorMessage(error));
      setText(initial);
    }
  };
  return (
    <Input
      size="small"
      aria-label={`${row.name}的月工资基数`}
      value={text}
      placeholder="未填"
      inputMode="decimal"
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void commit()}
      onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
      style={{ textAlign: 'right' }}
    />
  );
}

export function duesPrintRoute(year: number): string {
  return `/print/dues/${year}`;
}

export function DuesPage() {
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 ? asked : dayjs().year();
  const ledger = useApiQuery('dues.ledger', { year });
  const payments = useApiQuery('dues.payments.list', { year });
  const remove = useApiMutation('dues.payments.delete', ['dues.', 'report.']);
  const copy = useApiMutation('dues.bases.copy', ['dues.', 'report.']);
  const [onlyArrears, setOnlyArrears] = useState(false);
  const [paying, setPaying] = useState<DuesLedgerRow | null | undefined>(undefined);
  const exportJob = useExportJob('export:dues', ['dues.export']);
  const l = ledger.data;
  const byRule = l?.settings.mode === '比例';

  const exportYear = () => exportJob.run('dues.export', { year }, `导出${year}年会费收缴台账`);
  const copyBases = async () => {
    try {
      const r = await copy.mutateAsync({ year });
      message.success(r.saved ? `已为 ${r.saved} 人沿用 ${year - 1} 年的月工资基数` : '所有会员都已填写本年度基数');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const print = () =>
    void openPrintView({ route: duesPrintRoute(year), pageSize: 'A4', landscape: true, fileName: `${year}年会费收缴台账.pdf` }, 'print').catch((e: unknown) => message.error(errorMessage(e)));

  const monthColumns: ColumnsType<DuesLedgerRow> = Array.from({ length: 12 }, (_, i) => ({
    title: `${i + 1}月`,
    key: `m${i + 1}`,
    width: 44,
    align: 'center' as const,
    render: (_: unknown, r: DuesLedgerRow) => {
      const mark = MONTH_MARK[r.months[i]!];
      return (
        <span title={`${i + 1}月：${mark.title}`} data-state={r.months[i]} style={{ color: mark.color, fontWeight: mark.color ? 600 : undefined }}>
          {mark.text}
        </span>
      );
    },
  }));
  const columns: ColumnsType<DuesLedgerRow> = [
    { title: '姓名', dataIndex: 'name', width: 86, fixed: 'left', render: (name: string) => <span data-testid="dues-name">{name}</span> },
    { title: '部门', dataIndex: 'department', width: 90, ellipsis: true },
    ...(byRule ? [{ title: '月工资基数', key: 'base', width: 108, render: (_: unknown, r: DuesLedgerRow) => <BaseCell key={`${r.memberId}-${r.baseFen}`} year={year} row={r} /> }] : []),
    { title: '月应缴', dataIndex: 'monthlyFen', width: 84, align: 'right', render: (f: number | null) => (f === null ? <Typography.Text type="warning">未填基数</Typography.Text> : formatFen(f)) },
    ...monthColumns,
    { title: '实缴', dataIndex: 'paidFen', width: 96, align: 'right', render: (f: number) => formatFen(f) },
    { title: '欠缴', dataIndex: 'arrearsFen', width: 96, align: 'right', render: (f: number) => (f > 0 ? <Typography.Text type="danger">{formatFen(f)}</Typography.Text> : '—') },
    { title: '备注', dataIndex: 'note', width: 150, ellipsis: { showTitle: true } },
    {
      title: '操作',
      key: 'act',
      width: 64,
      fixed: 'right',
      render: (_: unknown, r) => (
        <Button size="small" type="link" onClick={() => setPaying(r)} aria-label={`登记${r.name}的会费`}>
          登记
        </Button>
      ),
    },
  ];
  const paymentColumns: ColumnsType<Payment> = [
    { title: '缴纳日期', dataIndex: 'paidOn', width: 130, render: (d: string) => formatDateCn(d) },
    { title: '姓名', dataIndex: 'memberName', width: 90 },
    { title: '部门', dataIndex: 'department', width: 100 },
    { title: '月份', key: 'months', width: 140, render: (_: unknown, p) => (p.monthFrom === p.monthTo ? `${p.monthFrom}月` : `${p.monthFrom}–${p.monthTo}月`) },
    { title: '金额', dataIndex: 'amountFen', width: 100, align: 'right', render: (f: number) => formatFen(f) },
    { title: '缴纳方式', dataIndex: 'method', width: 90 },
    { title: '备注', dataIndex: 'notes', ellipsis: true },
    {
      title: '',
      key: 'del',
      width: 50,
      render: (_: unknown, p) => (
        <Tooltip title="删除">
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={`删除${p.memberName}的收缴记录`}
            onClick={() =>
              confirmAction({ modal, message }, {
                title: `删除 ${p.memberName} 的收缴记录？`,
                content: `${year}年${p.monthFrom === p.monthTo ? `${p.monthFrom}月` : `${p.monthFrom}–${p.monthTo}月`}，${formatFen(p.amountFen)}。删除后这几个月重新计为未缴。`,
                run: () => remove.mutateAsync({ id: p.id }),
                success: '已删除该收缴记录',
              })
            }
          />
        </Tooltip>
      ),
    },
  ];
  const rows = (l?.rows ?? []).filter((r) => !onlyArrears || r.arrearsFen > 0 || r.unpaidMonths.length > 0);
  const years = Array.from({ length: 8 }, (_, i) => dayjs().year() + 1 - i);

  return (
    <div>
      <PageHeader
        title="会费收缴"
        subtitle={l ? `${year}年 · ${l.rule}` : `${year}年会费收缴台账`}
        extra={
          <>
            <Select aria-label="年度" value={year} onChange={(y: number) => setParams({ year: String(y) })} options={years.map((y) => ({ value: y, label: `${y}年` }))} style={{ width: 100 }} />
            <Button type="primary" icon={<PlusOutlined />} disabled={!l} onClick={() => setPaying(null)}>
              集中收缴
            </Button>
            <ImportButtons set="dues" options={{ year }} target={`${year}年`} invalidates={['dues.', 'report.']} />
            <Button icon={<DownloadOutlined />} loading={exportJob.running === 'dues.export'} onClick={() => void exportYear()}>
              导出
            </Button>
            <Button icon={<PrinterOutlined />} disabled={!l} onClick={print}>
              打印
            </Button>
          </>
        }
      />
      {exportJob.panel}
      {ledger.error ? <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} /> : null}
      {l ? (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="dues-totals">
          <Col xs={12} md={6}>
            <Card size="small"><Statistic title="应缴会员" value={l.totals.members} suffix="人" /></Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small"><Statistic title={`${year}年已收会费`} value={formatFen(l.totals.amountFen)} /></Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={`欠缴（统计至${l.throughMonth || 0}月）`} value={formatFen(l.totals.arrearsFen)} valueStyle={{ color: l.totals.arrearsFen > 0 ? '#c62828' : undefined }} suffix={<span style={{ fontSize: 14 }}>{l.totals.arrearsMembers} 人</span>} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title="未填月工资基数" value={byRule ? l.totals.missingBase : '—'} suffix={byRule ? '人' : undefined} />
              {byRule && l.totals.missingBase > 0 ? (
                <Button size="small" type="link" style={{ padding: 0 }} loading={copy.isPending} onClick={() => void copyBases()}>
                  沿用上年基数
                </Button>
              ) : null}
            </Card>
          </Col>
        </Row>
      ) : null}
      <Card
        size="small"
        title={`${year}年会费收缴台账`}
        extra={
          <Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{MONTH_LEGEND}</Typography.Text>
            <Switch size="small" checked={onlyArrears} onChange={setOnlyArrears} aria-label="只看欠缴" />
            <span>只看欠缴</span>
          </Space>
        }
      >
        <Table<DuesLedgerRow>
          rowKey="memberId"
          size="small"
          loading={ledger.isLoading}
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ x: 1300 }}
          data-testid="dues-ledger"
          locale={{ emptyText: onlyArrears ? '没有欠缴的会员' : `${year}年没有应缴会费的会员（会员名册中没有在册会员）` }}
        />
      </Card>
      <Card size="small" title={<>收缴记录 <Tag>{payments.data?.length ?? 0} 条</Tag></>} style={{ marginTop: 12 }}>
        <Table<Payment> rowKey="id" size="small" loading={payments.isLoading} columns={paymentColumns} dataSource={payments.data ?? []} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid="dues-payments" locale={{ emptyText: `${year}年还没有会费收缴记录` }} />
      </Card>
      {l && paying !== undefined ? <PaymentModal ledger={l} row={paying} open onClose={() => setPaying(undefined)} /> : null}
    </div>
  );
}
