/**
 * 自评: the rubric scored for the year — 自评分 per section and in total; each automatic item with
 * its evidence and a link to the records, each hand item with a score box and a note; and the way
 * to the printed 自评表.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { AssessedItem } from '../../../shared/report/rubric';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { openPrintView } from '../../api/platform';
import { errorMessage } from '../../components/form-errors';
import { QueryError } from '../../components/QueryError';

export function selfAssessmentPrintRoute(year: number): string {
  return `/print/report/${year}/self-assessment`;
}

function HandMark({ year, item }: { year: number; item: AssessedItem }) {
  const { message } = App.useApp();
  const mark = useApiMutation('report.mark', ['report.selfAssessment']);
  const [score, setScore] = useState<number | null>(item.score);
  const [note, setNote] = useState(item.note ?? '');
  const dirty = score !== item.score || note !== (item.note ?? '');
  const save = async () => {
    try {
      await mark.mutateAsync({ year, key: item.key, score, note });
      message.success(`已保存“${item.title}”的自评分`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber aria-label={`${item.title}得分`} min={0} max={item.points} precision={0} value={score} onChange={(v) => setScore(v)} placeholder="得分" style={{ width: 76 }} />
      <Input aria-label={`${item.title}说明`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="依据（如：有会议记录 3 份）" maxLength={200} />
      <Button type={dirty ? 'primary' : 'default'} disabled={!dirty} loading={mark.isPending} onClick={() => void save()}>
        保存
      </Button>
    </Space.Compact>
  );
}

export function SelfAssessmentCard({ year }: { year: number }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const q = useApiQuery('report.selfAssessment', { year });
  const s = q.data;
  const print = () =>
    void openPrintView({ route: selfAssessmentPrintRoute(year), pageSize: 'A4', landscape: false, fileName: `${year}年度工会工作自评表.pdf` }, 'print').catch((e: unknown) =>
      message.error(errorMessage(e)),
    );
  return (
    <Card
      id="report-self"
      size="small"
      data-testid="self-assessment"
      title={`${year}年自评（考核细则）`}
      extra={
        <Space>
          {s ? (
            <Typography.Text strong data-testid="self-total">
              自评分 {s.total.score} / {s.total.points}
              {s.total.unmarked ? <Typography.Text type="warning">（{s.total.unmarked} 项待手工评分）</Typography.Text> : null}
            </Typography.Text>
          ) : null}
          <Button size="small" icon={<PrinterOutlined />} disabled={!s} onClick={print}>
            打印自评表
          </Button>
          <Button size="small" type="link" onClick={() => navigate('/settings#rubric')}>
            修改考核细则
          </Button>
        </Space>
      }
    >
      {q.error ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : null}
      {s ? (
        <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="self-sections">
          {s.sections.map((x) => (
            <Tag key={x.section} color={x.score === x.points ? 'green' : 'default'} style={{ fontSize: 13, padding: '2px 8px' }}>
              {x.section} {x.score}/{x.points}
            </Tag>
          ))}
        </Flex>
      ) : null}
      <Table<AssessedItem>
        size="small"
        rowKey="key"
        loading={q.isLoading}
        pagination={false}
        dataSource={s?.items ?? []}
        columns={[
          { title: '类别', dataIndex: 'section', width: 90 },
          { title: '考核内容', dataIndex: 'title', render: (t: string, i) => <span data-testid="self-item" data-key={i.key}>{t}</span> },
          { title: '分值', dataIndex: 'points', width: 56, align: 'right' },
          {
            title: '得分',
            dataIndex: 'score',
            width: 64,
            align: 'right',
            render: (v: number | null, i) => (v === null ? <Typography.Text type="warning">未评</Typography.Text> : <Typography.Text type={i.score === i.points ? 'success' : 'danger'} strong>{v}</Typography.Text>),
          },
          {
            title: '依据',
            key: 'evidence',
            width: '46%',
            render: (_: unknown, i) =>
              i.mode === '自动' ? (
                <Flex gap={6} align="center" wrap>
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>自动</Tag>
                  <span>{i.evidence}</span>
                  {i.link ? (
                    <Button size="small" type="link" style={{ padding: 0 }} onClick={() => navigate(i.link!)}>
                      查看记录
                    </Button>
                  ) : null}
                </Flex>
              ) : (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    手工评定{i.judgeMissing ? '（本程序暂无此项记录）' : ''}{i.basis ? `：${i.basis}` : ''}
                  </Typography.Text>
                  <HandMark key={`${i.key}-${i.score}-${i.note}`} year={year} item={i} />
                </div>
              ),
          },
        ]}
      />
    </Card>
  );
}
