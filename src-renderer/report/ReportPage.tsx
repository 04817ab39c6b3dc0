/**
 * 年度台账: the year's figures of every area against last year, the sentences of the 工作总结,
 * the district's 台账检查, and the way out to the printed 年度工作统计表 and the 年度台账 workbook.
 * The year lives in the address (?year=2025) so coming back from a record keeps it.
 */
import { CheckOutlined, CopyOutlined, DownloadOutlined, PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Col, Row, Select, Space, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { openPrintView } from '../api/platform';
import { useApiQuery } from '../api/hooks';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';
import { AreaCard } from './AreaCard';
import { ChecksCard } from './ChecksCard';
import { copyText } from './clipboard';
import { DetailDrawer } from './DetailDrawer';
import { allSentencesText, AREA_KEYS } from './figures';
import type { FigureClick } from './FigureTable';
import { LedgerExportModal } from './LedgerExportModal';
import { SelfAssessmentCard } from './self/SelfAssessmentCard';
import { SendLedgerModal } from '../district/SendLedgerModal';
import './report.css';

export function reportPrintRoute(year: number): string {
  return `/print/report/${year}`;
}

export function ReportPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const years = useApiQuery('report.years', {});
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 ? asked : (years.data?.current ?? dayjs().year());
  const report = useApiQuery('report.year', { year });
  const checks = useApiQuery('report.checks', { year });
  const [detail, setDetail] = useState<FigureClick | null>(null);
  const [exporting, setExporting] = useState(false);
  const [sending, setSending] = useState(false);
  const [copied, setCopied] = useState(false);
  const r = report.data;

  const yearOptions = (() => {
    const list = new Set(years.data?.years ?? []);
    list.add(year);
    return [...list].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年` }));
  })();

  const copyAll = async () => {
    if (!r) return;
    const ok = await copyText(allSentencesText(r.sentences));
    if (ok) {
      setCopied(true);
      message.success('已复制全部工作总结用语，可粘贴到工作总结中');
      setTimeout(() => setCopied(false), 3000);
    } else {
      message.error('无法访问剪贴板，请逐条复制');
    }
  };

  const print = () =>
    void openPrintView({ route: reportPrintRoute(year), pageSize: 'A4', landscape: false, fileName: `${year}年度工会工作统计表.pdf` }, 'print').catch((e: unknown) =>
      message.error(errorMessage(e)),
    );

  const failing = checks.data?.items.filter((i) => !i.ok).length ?? 0;
  const org = r ? r.org.unionName || r.org.schoolName : '';

  return (
    <div className="report-page">
      <PageHeader
        title="年度台账"
        subtitle={`${org ? `${org} · ` : ''}${year}年工作统计、工作总结用语与台账检查`}
        extra={
          <>
            <Select aria-label="统计年度" value={year} onChange={(y: number) => setParams({ year: String(y) })} options={yearOptions} style={{ width: 110 }} />
            <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} disabled={!r} onClick={() => void copyAll()}>
              {copied ? '已复制' : '复制全部工作总结用语'}
            </Button>
            <Button icon={<PrinterOutlined />} disabled={!r} onClick={print}>
              打印年度工作统计表
            </Button>
            <Button type="primary" icon={<DownloadOutlined />} disabled={!r} onClick={() => setExporting(true)}>
              导出年度台账
            </Button>
            <Button icon={<SendOutlined />} disabled={!r} onClick={() => setSending(true)}>
              报送上级工会
            </Button>
          </>
        }
      />
      {checks.data ? (
        <Space style={{ marginBottom: 12 }}>
          <span>台账检查：</span>
          {failing ? (
            <a href="#report-checks" onClick={(e) => { e.preventDefault(); document.getElementById('report-checks')?.scrollIntoView({ behavior: 'smooth' }); }}>
              <Tag color="red">{failing} 项待处理</Tag>
            </a>
          ) : (
            <Tag color="green">全部符合</Tag>
          )}
        </Space>
      ) : null}
      {report.error ? <QueryError error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.isLoading ? <Spin style={{ display: 'block', margin: 40 }} /> : null}
      {r ? (
        <Row gutter={[16, 16]}>
          {AREA_KEYS.map((a) => (
            <Col key={a} span={24}>
              <AreaCard area={a} report={r} onOpen={setDetail} />
            </Col>
          ))}
          <Col span={24}>
            <ChecksCard year={year} checks={checks.data} error={checks.error} onRetry={() => void checks.refetch()} />
          </Col>
          <Col span={24}>
            <SelfAssessmentCard year={year} />
          </Col>
        </Row>
      ) : null}
      <DetailDrawer open={detail} onClose={() => setDetail(null)} />
      <LedgerExportModal year={year} open={exporting} onClose={() => setExporting(false)} />
      <SendLedgerModal year={year} open={sending} onClose={() => setSending(false)} />
    </div>
  );
}
