/**
 * One session: 概况, 提案, 代表 (of its term), 票决. The tab lives in the address (?tab=) so the
 * back button and a reload return to it.
 */
import { App, Breadcrumb, Button, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { chineseNumber } from '../../shared/congress/rules';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { formatDateCn } from '../../shared/domain/dates';
import { PageHeader } from '../components/PageHeader';
import { QueryError } from '../components/QueryError';
import { AttendanceTab } from './AttendanceTab';
import { DelegatesTab } from './DelegatesTab';
import { MotionsTab } from './MotionsTab';
import { OverviewTab } from './OverviewTab';
import { SessionFormModal } from './SessionFormModal';
import { VotesTab } from './VotesTab';
import { confirmAction } from '../components/confirm-action';

const TABS = ['overview', 'motions', 'delegates', 'attendance', 'votes'] as const;
type Tab = (typeof TABS)[number];

export function SessionDetailPage() {
  const sessionId = Number(useParams().sessionId);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const session = useApiQuery('congress.sessions.get', { id: sessionId });
  const remove = useApiMutation('congress.sessions.delete', ['congress.']);
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'overview';
  const s = session.data;
  const confirmDelete = () =>
    s &&
    confirmAction({ modal, message }, {
      title: `删除${s.name}？`,
      content: '只有还没有提案和票决的届次可以删除。',
      run: () => remove.mutateAsync({ id: s.id }),
      success: `已删除${s.name}`,
      then: () => navigate('/congress'),
    });
  return (
    <div>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/congress">教代会</Link> }, { title: s?.name ?? '届次' }]} />
      {session.error ? <QueryError error={session.error} onRetry={() => void session.refetch()} /> : null}
      {session.isLoading ? <Spin /> : null}
      {s ? (
        <>
          <PageHeader
            title={s.name}
            subtitle={`开会日期 ${formatDateCn(s.startDate)}${s.endDate ? ` 至 ${formatDateCn(s.endDate)}` : ''}；提案征集${
              s.motionOpen ? ` ${formatDateCn(s.motionOpen)} 起，` : ''
            }${formatDateCn(s.motionClose)} 截止；立案后 ${s.replyDays} 天内答复`}
            extra={
              <>
                <Button onClick={() => setEditing(true)}>编辑届次</Button>
                {s.motionCount === 0 && s.voteCount === 0 ? (
                  <Button danger onClick={confirmDelete}>
                    删除届次
                  </Button>
                ) : null}
              </>
            }
          />
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'overview', label: '概况', children: <OverviewTab session={s} /> },
              { key: 'motions', label: `提案（${s.motionCount}）`, children: <MotionsTab session={s} /> },
              { key: 'delegates', label: `代表（第${chineseNumber(s.term)}届）`, children: <DelegatesTab session={s} /> },
              { key: 'attendance', label: '签到', children: <AttendanceTab session={s} /> },
              { key: 'votes', label: `票决（${s.voteCount}）`, children: <VotesTab session={s} /> },
            ]}
          />
          <SessionFormModal open={editing} session={s} onClose={() => setEditing(false)} />
        </>
      ) : null}
    </div>
  );
}
