/**
 * 提案工作委员会审查: 立案 (with the handling units and deadline), 合并立案 into another motion,
 * 转为意见建议 or 不予立案 with a reason.
 */
import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { addDays } from '../../shared/congress/rules';
import { addWorkingDays } from '../../shared/domain/workdays';
import { useWorkCalendar } from '../settings/useWorkCalendar';
import { DECISIONS, type Decision, type Motion } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { formatDateCn } from '../../shared/domain/dates';
import { isoOf, todayDay } from './form-dates';
import { StepModal } from './StepModal';

interface Values {
  decision?: Decision;
  decidedOn?: Dayjs | null;
  decisionReason?: string;
  mergedIntoId?: number;
  leadUnit?: string;
  supportUnits?: string;
  replyDeadline?: Dayjs | null;
}

export function ReviewModal({ open, motion, replyDays, onClose }: { open: boolean; motion: Motion; replyDays: number; onClose(): void }) {
  const review = useApiMutation('congress.motions.review', ['congress.']);
  const filed = useApiQuery('congress.motions.list', { sessionId: motion.sessionId, states: ['办理中', '待反馈', '已办结'] }, { enabled: open });
  const targets = (filed.data ?? []).filter((m) => m.id !== motion.id && m.decision === '立案');
  // The hint counts as the service will: calendar days or working days, as 设置 → 教代会 says.
  const settings = useApiQuery('congress.settings.get', undefined);
  const calendar = useWorkCalendar();
  const inWorkingDays = settings.data?.replyDayKind === '工作日';
  const deadlineOf = (from: string) => (inWorkingDays ? addWorkingDays(calendar, from, replyDays) : addDays(from, replyDays));
  return (
    <StepModal<Values>
      open={open}
      title={`审查提案 ${motion.number}`}
      okText="保存审查意见"
      initial={{ decision: '立案', decidedOn: todayDay() }}
      fields={['decision', 'decidedOn', 'decisionReason', 'mergedIntoId', 'leadUnit', 'supportUnits', 'replyDeadline']}
      onClose={onClose}
      pending={review.isPending}
      save={async (v) => {
        const m = await review.mutateAsync({
          id: motion.id,
          decision: v.decision ?? '立案',
          decidedOn: isoOf(v.decidedOn) ?? '',
          decisionReason: v.decisionReason ?? null,
          mergedIntoId: v.mergedIntoId ?? null,
          leadUnit: v.leadUnit ?? null,
          supportUnits: v.supportUnits ?? null,
          replyDeadline: isoOf(v.replyDeadline),
        });
        return m.state === '办理中' ? `提案 ${m.number} 已立案，交 ${m.leadUnit ?? ''} 办理，${formatDateCn(m.deadline)} 前答复` : `提案 ${m.number}：${m.decision ?? ''}`;
      }}
    >
      {(form) => (
        <>
          <Form.Item name="decision" label="审查意见" rules={[{ required: true, message: '请选择审查意见' }]}>
            <Radio.Group options={DECISIONS.map((d) => ({ value: d, label: d }))} />
          </Form.Item>
          <Form.Item name="decidedOn" label="审查日期" rules={[{ required: true, message: '请选择审查日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.decision !== b.decision || a.decidedOn !== b.decidedOn}>
            {() => {
              const decision = form.getFieldValue('decision') as Decision | undefined;
              const decidedOn = isoOf(form.getFieldValue('decidedOn') as Dayjs | null);
              if (decision === '立案') {
                return (
                  <Row gutter={16}>
                    <Col span={12}>
                      <Form.Item name="leadUnit" label="主办部门" rules={[{ required: true, whitespace: true, message: '立案须指定主办部门' }]}>
                        <Input maxLength={50} placeholder="例如：总务处" />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item name="supportUnits" label="协办部门">
                        <Input maxLength={100} placeholder="可不填，多个用顿号分隔" />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item
                        name="replyDeadline"
                        label="答复期限"
                        extra={decidedOn ? `不填则为审查日期后 ${replyDays} ${inWorkingDays ? '个工作日' : '天'}：${formatDateCn(deadlineOf(decidedOn))}` : undefined}
                      >
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item name="decisionReason" label="审查说明">
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                  </Row>
                );
              }
              if (decision === '合并立案') {
                return (
                  <>
                    <Form.Item name="mergedIntoId" label="并入提案" rules={[{ required: true, message: '请选择并入的已立案提案' }]} extra="内容相近的提案并入一件已立案的提案，随该提案一并答复">
                      <Select
                        showSearch
                        optionFilterProp="label"
                        placeholder="选择已立案的提案"
                        notFoundContent="本届次还没有已立案的提案"
                        options={targets.map((t) => ({ value: t.id, label: `${t.number} ${t.title}` }))}
                      />
                    </Form.Item>
                    <Form.Item name="decisionReason" label="审查说明">
                      <Input maxLength={500} />
                    </Form.Item>
                  </>
                );
              }
              return (
                <Form.Item name="decisionReason" label="理由" rules={[{ required: true, whitespace: true, message: `${decision ?? ''}须写明理由` }]}>
                  <Input.TextArea rows={3} maxLength={500} placeholder="向提案人说明的理由" />
                </Form.Item>
              );
            }}
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
