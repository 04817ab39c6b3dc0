/**
 * One school's report as the district received it: its figures as its own 年度台账 page shows
 * them (the same cards, read-only), its 台账检查, the hardship files, motions and votes it sent, and
 * the history of its sendings.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, List, Row, Select, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import type { SentHardship, SentMotion, SentVote } from '../../shared/district/schema';
import { showPhone } from '../components/format';
import { formatDateCn, formatTimestampCn } from '../../shared/domain/dates';
import { formatFen } from '../../shared/domain/money';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { useApiQuery } from '../api/hooks';
import { AreaCard } from '../report/AreaCard';
import { CheckIcon } from '../report/ChecksCard';
import { AREA_KEYS } from '../report/figures';
import '../report/report.css';
import { ReportHistory } from './ReportHistory';
import { useDistrictYear } from './useDistrictYear';

const noOpen = () => undefined;

function Registers({ hardship, motions, votes }: { hardship: SentHardship[]; motions: SentMotion[]; votes: SentVote[] }) {
  return (
    <Card size="small" title="随台账报送的明细">
      <Tabs
        items={[
          {
            key: 'motions',
            label: `提案（${motions.length}）`,
            children: (
              <Table<SentMotion>
                size="small"
                rowKey={(m) => `${m.session}-${m.number}`}
                dataSource={motions}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                locale={{ emptyText: '没有提案' }}
                scroll={{ x: 980 }}
                columns={[
                  { title: '编号', dataIndex: 'number', width: 80 },
                  { title: '案由', dataIndex: 'title' },
                  { title: '提案人', dataIndex: 'proposer', width: 90 },
                  { title: '审查', dataIndex: 'decision', width: 110 },
                  { title: '承办部门', dataIndex: 'leadUnit', width: 110, render: (v: string | null) => v ?? '' },
                  { title: '答复', dataIndex: 'firstReply', width: 130, render: (v: string | null, m) => (v ? `${formatDateCn(v)}${m.onTime === false ? '（逾期）' : ''}` : '未答复') },
                  { title: '反馈', dataIndex: 'rating', width: 90, render: (v: string | null) => v ?? '' },
                  { title: '', dataIndex: 'excellent', width: 80, render: (v: boolean) => (v ? <Tag color="gold">优秀提案</Tag> : null) },
                ]}
              />
            ),
          },
          {
            key: 'votes',
            label: `票决（${votes.length}）`,
            children: (
              <Table<SentVote>
                size="small"
                rowKey={(v) => `${v.session}-${v.item}-${v.votedOn ?? ''}`}
                dataSource={votes}
                pagination={false}
                locale={{ emptyText: '没有票决事项' }}
                scroll={{ x: 760 }}
                columns={[
                  { title: '表决事项', dataIndex: 'item' },
                  { title: '日期', dataIndex: 'votedOn', width: 130, render: (v: string | null) => formatDateCn(v) },
                  { title: '应到', dataIndex: 'due', width: 64, align: 'right' },
                  { title: '实到', dataIndex: 'present', width: 64, align: 'right' },
                  { title: '赞成', dataIndex: 'votesFor', width: 64, align: 'right' },
                  { title: '反对', dataIndex: 'votesAgainst', width: 64, align: 'right' },
                  { title: '弃权', dataIndex: 'abstain', width: 64, align: 'right' },
                  { title: '结果', dataIndex: 'result', width: 90 },
                ]}
              />
            ),
          },
          {
            key: 'hardship',
            label: `困难职工档案（${hardship.length}）`,
            children: (
              <Table<SentHardship>
                size="small"
                rowKey={(h) => `${h.name}-${h.filedOn ?? ''}-${h.level}`}
                dataSource={hardship}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                locale={{ emptyText: '没有困难职工档案' }}
                scroll={{ x: 900 }}
                columns={[
                  { title: '姓名', dataIndex: 'name', width: 90 },
                  { title: '部门', dataIndex: 'department', width: 100, render: (v: string | null) => v ?? '' },
                  { title: '困难类别', dataIndex: 'level', width: 100 },
                  { title: '主要致困原因', dataIndex: 'mainCause', render: (v: string | null) => v ?? '' },
                  { title: '家庭人口', dataIndex: 'householdSize', width: 84, align: 'right', render: (v: number | null) => (v === null ? '' : `${v} 人`) },
                  { title: '人均月收入', dataIndex: 'perCapitaIncomeFen', width: 110, align: 'right', render: (v: number | null) => (v === null ? '' : formatFen(v)) },
                  { title: '核实日期', dataIndex: 'verifiedOn', width: 130, render: (v: string | null) => formatDateCn(v) },
                  { title: '状态', dataIndex: 'status', width: 80 },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

export function SchoolReportPage() {
  const navigate = useNavigate();
  const { id } = useParams();
  const schoolId = Number(id);
  const { year, setYear, options } = useDistrictYear();
  const data = useApiQuery('district.school', { schoolId, year }, { enabled: Number.isInteger(schoolId) && schoolId > 0 });
  const d = data.data;
  const school = d?.school;

  return (
    <div className="district-area">
      <PageHeader
        title={school?.name ?? '学校'}
        subtitle={school ? `${school.type ?? '未分类'}${school.staff !== null ? ` · 教职工 ${school.staff} 人` : ''} · ${year}年度台账` : undefined}
        extra={
          <>
            <Select aria-label="年度" value={year} onChange={setYear} options={options} style={{ width: 110 }} />
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/district?year=${year}`)}>
              返回年度汇总
            </Button>
          </>
        }
      />
      {data.error ? <QueryError error={data.error} onRetry={() => void data.refetch()} /> : null}
      {data.isLoading ? <Spin style={{ display: 'block', margin: 40 }} /> : null}
      {d && !d.report ? (
        <Card>
          <Empty
            description={
              <Space direction="vertical" size={4}>
                <span>
                  {d.school.name}尚未报送{year}年的台账。
                </span>
                {d.school.contact || d.school.phone ? (
                  <Typography.Text type="secondary">联系人：{[d.school.contact, showPhone(d.school.phone, true)].filter(Boolean).join('  ')}</Typography.Text>
                ) : null}
              </Space>
            }
          />
        </Card>
      ) : null}
      {d?.report ? (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }} data-testid="school-report-source">
              <Descriptions.Item label="报送文件">
                <span style={{ wordBreak: 'break-all' }}>{d.fileName}</span>
              </Descriptions.Item>
              <Descriptions.Item label="学校生成时间">{formatTimestampCn(d.exportedAt)}</Descriptions.Item>
              <Descriptions.Item label="接收时间">{formatTimestampCn(d.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label="联系人">{[d.school.contact, showPhone(d.school.phone, false)].filter(Boolean).join('  ') || '—'}</Descriptions.Item>
            </Descriptions>
          </Col>
          {AREA_KEYS.map((a) => (
            <Col key={a} span={24}>
              {d.report ? <AreaCard area={a} report={d.report} onOpen={noOpen} readOnly /> : null}
            </Col>
          ))}
          <Col span={24}>
            <Card size="small" title={`${year}年台账检查（学校报送时）`} data-testid="school-checks">
              <List
                size="small"
                dataSource={d.checks}
                locale={{ emptyText: '台账中没有检查结果' }}
                renderItem={(item) => (
                  <List.Item>
                    <Flex gap={10} align="flex-start">
                      <span style={{ paddingTop: 2 }}>
                        <CheckIcon item={item} />
                      </span>
                      <div>
                        <Typography.Text strong>{item.title}</Typography.Text>
                        {item.detail ? (
                          <Typography.Text type="secondary" style={{ display: 'block' }}>
                            {item.detail}
                          </Typography.Text>
                        ) : null}
                      </div>
                    </Flex>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col span={24}>
            <Registers hardship={d.hardship} motions={d.motions} votes={d.votes} />
          </Col>
          <Col span={24}>
            <ReportHistory year={year} schoolId={schoolId} title="该校本年度的报送记录" />
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
