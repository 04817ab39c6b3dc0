/**
 * 年度汇总: the district's view of one year — who has reported and who is still to chase, the
 * totals of every figure, each school's figures side by side, the schools a check finds wanting,
 * the district's own 工作总结 sentences and charts by school type; the three workbooks to export.
 */
import { CheckOutlined, CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, List, Progress, Row, Select, Space, Spin, Statistic, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Method } from '../../shared/api/contract';
import type { DistrictSummary } from '../../shared/district/schema';
import { formatFen } from '../../shared/domain/money';
import { useApiQuery } from '../api/hooks';
import { useExportJob } from '../jobs/useExportJob';
import { showPhone } from '../components/format';
import { QueryError } from '../components/QueryError';
import { copyText } from '../report/clipboard';
import { SchoolFiguresTable } from './SchoolFiguresTable';
import { TotalsCard } from './TotalsCard';
import { TypeCharts } from './TypeCharts';
import { useDistrictYear } from './useDistrictYear';

const EXPORTS: { method: Extract<Method, `district.export.${string}`>; label: string }[] = [
  { method: 'district.export.summary', label: '导出汇总表' },
  { method: 'district.export.hardship', label: '导出困难职工汇总' },
  { method: 'district.export.motions', label: '导出全区提案' },
];
const EXPORT_KINDS = EXPORTS.map((e) => e.method);

function MissingCard({ summary }: { summary: DistrictSummary }) {
  const [fullPhones, setFullPhones] = useState(false);
  const { message } = App.useApp();
  const missing = summary.missing;
  const chaseList = () =>
    missing.map((m) => [m.name, m.contact ?? '', m.phone ?? ''].filter(Boolean).join('  ')).join('\n');
  return (
    <Card
      size="small"
      title={`尚未报送（${missing.length} 所）`}
      data-testid="missing-schools"
      style={{ height: '100%' }}
      extra={
        missing.length ? (
          <Space size={12} wrap>
            <Space size={6}>
              <Switch size="small" checked={fullPhones} onChange={setFullPhones} aria-label="显示完整电话" />
              <Typography.Text type="secondary">显示完整电话</Typography.Text>
            </Space>
            <Button
              size="small"
              icon={<CopyOutlined />}
              onClick={() =>
                void copyText(chaseList()).then((ok) => (ok ? message.success('已复制催报名单（含完整电话）') : message.error('无法访问剪贴板')))
              }
            >
              复制催报名单
            </Button>
          </Space>
        ) : null
      }
    >
      {missing.length === 0 ? (
        <Typography.Text type="success">{summary.expected ? `名单中的 ${summary.expected} 所学校都已报送。` : '基层工会名单中还没有学校。'}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={missing}
          pagination={missing.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
          renderItem={(m) => (
            <List.Item data-testid="missing-school">
              <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                <span>
                  <Typography.Text strong>{m.name}</Typography.Text>
                  {m.type ? <Tag style={{ marginInlineStart: 8 }}>{m.type}</Tag> : null}
                </span>
                <Typography.Text type={m.contact || m.phone ? undefined : 'secondary'}>
                  {m.contact || m.phone ? [m.contact, showPhone(m.phone, fullPhones)].filter(Boolean).join('  ') : '名单中没有联系人'}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function ChecksCard({ summary }: { summary: DistrictSummary }) {
  const navigate = useNavigate();
  const failing = summary.checks.filter((c) => c.schools.length > 0);
  return (
    <Card size="small" title="未达到台账检查要求的学校" data-testid="district-checks" style={{ height: '100%' }}>
      {summary.reported === 0 ? (
        <Typography.Text type="secondary">还没有学校报送，收到台账后在这里列出。</Typography.Text>
      ) : failing.length === 0 ? (
        <Typography.Text type="success">已报送的 {summary.reported} 所学校都符合各项检查。</Typography.Text>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {summary.checks.map((c) => (
            <div key={c.key} data-testid={`check-${c.key}`}>
              <Flex gap={8} align="center" style={{ marginBottom: 4 }}>
                <Typography.Text strong>{c.title}</Typography.Text>
                {c.schools.length ? <Tag color="red">{c.schools.length} 所</Tag> : <Tag color="green">无</Tag>}
              </Flex>
              {c.schools.map((s) => (
                <div key={s.schoolId} style={{ paddingLeft: 12 }}>
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => navigate(`/district/schools/${s.schoolId}?year=${summary.year}`)}>
                    {s.name}
                  </Button>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {s.detail}
                  </Typography.Text>
                </div>
              ))}
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}

function SentencesCard({ summary }: { summary: DistrictSummary }) {
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);
  const copyAll = async () => {
    if (await copyText(summary.sentences.join(''))) {
      setCopied(true);
      message.success('已复制全部工作总结用语，可粘贴到全区工作总结中');
      setTimeout(() => setCopied(false), 3000);
    } else message.error('无法访问剪贴板，请逐条复制');
  };
  return (
    <Card
      size="small"
      title="全区工作总结用语"
      data-testid="district-sentences"
      extra={
        summary.sentences.length ? (
          <Button size="small" icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copyAll()}>
            {copied ? '已复制' : '复制全部'}
          </Button>
        ) : null
      }
    >
      {summary.sentences.length === 0 ? (
        <Typography.Text type="secondary">还没有学校报送{summary.year}年的台账。</Typography.Text>
      ) : (
        summary.sentences.map((s) => (
          <Typography.Paragraph key={s} copyable={{ text: s, tooltips: ['复制', '已复制'] }} style={{ marginBottom: 6 }}>
            {s}
          </Typography.Paragraph>
        ))
      )}
    </Card>
  );
}

export function SummaryPage() {
  const navigate = useNavigate();
  const { year, setYear, options } = useDistrictYear();
  const summary = useApiQuery('district.summary', { year });
  const previous = useApiQuery('district.summary', { year: year - 1 }, { enabled: year - 1 >= 2000 });
  const exportJob = useExportJob('export:district.summary', EXPORT_KINDS);
  const s = summary.data;

  const exportFile = (method: (typeof EXPORTS)[number]['method']) =>
    exportJob.run(method, { year }, `${EXPORTS.find((e) => e.method === method)?.label ?? '导出'}（${year}年）`);

  const t = s?.totalsFlat ?? {};
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text>汇总年度</Typography.Text>
          <Select aria-label="汇总年度" value={year} onChange={setYear} options={options} style={{ width: 110 }} />
        </Space>
        <Space wrap>
          {EXPORTS.map((e) => (
            <Button key={e.method} icon={<DownloadOutlined />} disabled={!s || s.reported === 0} loading={exportJob.running === e.method} onClick={() => void exportFile(e.method)}>
              {e.label}
            </Button>
          ))}
        </Space>
      </Flex>
      {exportJob.panel}
      {summary.error ? <QueryError error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.isLoading ? <Spin style={{ display: 'block', margin: 40 }} /> : null}
      {s && s.expected === 0 && s.reported === 0 ? (
        <Card>
          <Empty description="基层工会名单中还没有学校">
            <Space>
              <Button type="primary" onClick={() => navigate(`/district/schools?year=${year}`)}>
                填写基层工会名单
              </Button>
              <Button onClick={() => navigate(`/district/receive?year=${year}`)}>直接接收台账</Button>
            </Space>
          </Empty>
        </Card>
      ) : null}
      {s && (s.expected > 0 || s.reported > 0) ? (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card size="small">
              <Row gutter={[24, 12]} align="middle">
                <Col xs={12} md={8} xl={4}>
                  <Flex gap={12} align="center">
                    <Progress type="circle" size={56} percent={s.expected ? Math.round((Math.min(s.reported, s.expected) / s.expected) * 100) : 100} />
                    <Statistic title="已报送" value={s.reported} suffix={`/ ${s.expected} 所`} valueStyle={{ fontSize: 22 }} data-testid="stat-reported" />
                  </Flex>
                </Col>
                <Col xs={12} md={8} xl={4}>
                  <Statistic title="在册会员" value={t['members.total'] ?? 0} suffix="人" valueStyle={{ fontSize: 22 }} data-testid="stat-members" />
                </Col>
                <Col xs={12} md={8} xl={4}>
                  <Statistic title="收到提案" value={t['congress.motions'] ?? 0} suffix="件" valueStyle={{ fontSize: 22 }} />
                </Col>
                <Col xs={12} md={8} xl={4}>
                  <Statistic title="慰问" value={t['welfare.visits'] ?? 0} suffix="人次" valueStyle={{ fontSize: 22 }} />
                </Col>
                <Col xs={12} md={8} xl={4}>
                  <Statistic title="慰问金" value={formatFen(t['welfare.amountFen'] ?? 0)} valueStyle={{ fontSize: 22 }} data-testid="stat-amount" />
                </Col>
                <Col xs={12} md={8} xl={4}>
                  <Statistic
                    title="未达标学校"
                    value={s.schools.filter((x) => x.reported && x.failing.length > 0).length}
                    suffix="所"
                    valueStyle={{ fontSize: 22, color: s.schools.some((x) => x.failing.length) ? '#c62828' : undefined }}
                  />
                </Col>
              </Row>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <MissingCard summary={s} />
          </Col>
          <Col xs={24} xl={12}>
            <ChecksCard summary={s} />
          </Col>
          {s.reported > 0 ? (
            <>
              <Col span={24}>
                <SentencesCard summary={s} />
              </Col>
              <Col span={24}>
                <TotalsCard summary={s} previous={previous.data} />
              </Col>
              <Col span={24}>
                <SchoolFiguresTable summary={s} />
              </Col>
              <Col span={24}>
                <TypeCharts summary={s} />
              </Col>
            </>
          ) : null}
        </Row>
      ) : null}
    </div>
  );
}
