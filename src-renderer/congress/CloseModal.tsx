/**
 * 办结 without a satisfied rating: allowed only with a written reason, which stays on record.
 */
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Motion } from '../../shared/congress/schema';
import { useApiMutation } from '../api/hooks';
import { isoOf, todayDay } from './form-dates';
import { StepModal } from './StepModal';

interface Values {
  closedOn?: Dayjs | null;
  closedNote?: string;
}

export function CloseModal({ open, motion, onClose }: { open: boolean; motion: Motion; onClose(): void }) {
  const close = useApiMutation('congress.motions.close', ['congress.']);
  const missing = motion.replyRound === 0 ? '这件提案还没有答复' : '提案人还没有给出满意或基本满意的反馈';
  return (
    <StepModal<Values>
      open={open}
      title={`办结提案 ${motion.number}`}
      okText="确认办结"
      initial={{ closedOn: todayDay() }}
      fields={['closedOn', 'closedNote']}
      onClose={onClose}
      pending={close.isPending}
      intro={<p style={{ color: '#d46b08' }}>{missing}。条条有答复，件件有回音：办结须写明原因，原因会记入办理过程并印在答复反馈单上。</p>}
      save={async (v) => {
        const m = await close.mutateAsync({ id: motion.id, closedOn: isoOf(v.closedOn) ?? '', closedNote: v.closedNote ?? null });
        return `提案 ${m.number} 已办结`;
      }}
    >
      {() => (
        <>
          <Form.Item name="closedNote" label="办结说明" rules={[{ required: true, whitespace: true, message: '请写明未答复或未反馈而办结的原因' }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder="例如：提案人已调离本校，无法反馈" />
          </Form.Item>
          <Form.Item name="closedOn" label="办结日期" rules={[{ required: true, message: '请选择办结日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
