/**
 * 签到, once per meeting: print the 签到表 before the meeting, then tick who came (代表大会) or
 * enter how many came (教职工大会). Every vote of the meeting starts from this.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { atLeast, chineseNumber } from '../../shared/congress/rules';
import type { Session } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { openPrintView } from '../api/platform';
import { QueryError } from '../components/QueryError';
import { errorMessage } from '../components/form-errors';

export function AttendanceTab({ session }: { session: Session }) {
  const { message } = App.useApp();
  const attendance = useApiQuery('congress.attendance.get', { sessionId: session.id });
  const settings = useApiQuery('congress.settings.get', undefined);
  const delegates = useApiQuery('congress.delegates.list', { term: session.term }, { enabled: session.kind === '代表大会' });
  const save = useApiMutation('congress.attendance.set', ['congress.']);
  const [ids, setIds] = useState<number[]>([]);
  const [count, setCount] = useState<number | null>(null);
  const a = attendance.data;
  useEffect(() => {
    if (!a) return;
    setIds(a.attendeeIds);
    setCount(a.presentCount);
  }, [a]);

  const day = session.startDate;
  const voting = (delegates.data?.rows ?? []).filter(
    (d) => d.kind === '正式' && (d.leftOn === null || d.leftOn > day) && (d.electedOn === null || d.electedOn <= day),
  );
  const allStaff = session.kind === '教职工大会';
  const present = allStaff ? (count ?? 0) : ids.length;
  const quorum = a && settings.data ? atLeast(a.due, settings.data.quorumNumerator, settings.data.quorumDenominator) : null;

  const print = (mode: 'pdf' | 'print') =>
    void openPrintView(
      { route: `/print/congress/sessions/${session.id}/sign-in`, pageSize: 'A4', landscape: false, fileName: `${session.name}签到表.pdf` },
      mode,
    ).catch((e: unknown) => message.error(errorMessage(e)));

  const submit = async () => {
    try {
      const saved = await save.mutateAsync(allStaff ? { sessionId: session.id, presentCount: count } : { sessionId: session.id, attendeeIds: ids });
      message.success(`已保存签到：实到 ${saved.presentCount ?? 0} 人`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <div>
      {attendance.error ? <QueryError error={attendance.error} onRetry={() => void attendance.refetch()} /> : null}
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {allStaff
            ? `教职工大会应到 ${a?.due ?? 0} 人（${a?.dueSource === '录入人数' ? '届次中填写的应到人数' : '全体在册会员'}）。`
            : `应到 ${a?.due ?? 0} 人：第${chineseNumber(session.term)}届在任正式代表；列席、特邀代表不计入。`}
          签到登记一次，本次大会的每项票决都以此为实到人数（票决时可单独修改）。
        </Typography.Text>
        <Space>
          <Button icon={<PrinterOutlined />} onClick={() => print('print')}>
            打印签到表
          </Button>
          <Button onClick={() => print('pdf')}>签到表存为 PDF</Button>
        </Space>
      </Flex>
      <Card size="small" title={`签到（实到 ${present} 人${quorum !== null ? `，法定人数 ${quorum} 人，${present >= quorum ? '已达到' : '未达到'}` : ''}）`}>
        {allStaff ? (
          <Space>
            <span>实到人数</span>
            <InputNumber aria-label="实到人数" min={0} max={100000} precision={0} value={count} onChange={(v) => setCount(v)} addonAfter="人" />
          </Space>
        ) : (
          <>
            <Space style={{ marginBottom: 8 }}>
              <Button size="small" onClick={() => setIds(voting.map((d) => d.id))}>
                全部到会
              </Button>
              <Button size="small" onClick={() => setIds([])}>
                清空
              </Button>
            </Space>
            {voting.length === 0 && delegates.data ? <Alert type="warning" showIcon message="本届还没有在任的正式代表，请先在“代表”中登记。" /> : null}
            <Checkbox.Group
              aria-label="签到代表"
              value={ids}
              onChange={(v) => setIds(v)}
              style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}
              options={voting.map((d) => ({ value: d.id, label: `${d.name}${d.delegation ? `（${d.delegation}）` : ''}` }))}
            />
          </>
        )}
        <div style={{ marginTop: 12 }}>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
            保存签到
          </Button>
        </div>
      </Card>
    </div>
  );
}
