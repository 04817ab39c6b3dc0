/**
 * 撤销: withdraws the motion's last action with a reason. The step stays in the timeline, struck
 * through; the motion returns to where it stood before.
 */
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MotionDetail } from '../../shared/congress/schema';
import { useApiMutation } from '../api/hooks';
import { isoOf, todayDay } from './form-dates';
import { StepModal } from './StepModal';

interface Values {
  withdrawnOn?: Dayjs | null;
  withdrawReason?: string;
}

export function WithdrawModal({ open, motion, onClose }: { open: boolean; motion: MotionDetail; onClose(): void }) {
  const withdraw = useApiMutation('congress.motions.withdraw', ['congress.']);
  const label = motion.withdrawable?.label ?? '';
  return (
    <StepModal<Values>
      open={open}
      title={`撤销：提案 ${motion.number} 的${label}`}
      okText="确认撤销"
      initial={{ withdrawnOn: todayDay() }}
      fields={['withdrawnOn', 'withdrawReason']}
      onClose={onClose}
      pending={withdraw.isPending}
      intro={<p style={{ color: '#666' }}>只能撤销最后一步。被撤销的步骤仍留在办理过程中并注明“已撤销”，提案回到这一步之前的状态。</p>}
      save={async (v) => {
        const m = await withdraw.mutateAsync({ id: motion.id, withdrawnOn: isoOf(v.withdrawnOn) ?? '', withdrawReason: v.withdrawReason ?? '' });
        return `已撤销提案 ${m.number} 的${label}，现为“${m.state}”`;
      }}
    >
      {() => (
        <>
          <Form.Item name="withdrawReason" label="撤销原因" rules={[{ required: true, whitespace: true, message: '请写明撤销原因' }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder="例如：误点“不予立案”，应为立案" />
          </Form.Item>
          <Form.Item name="withdrawnOn" label="撤销日期" rules={[{ required: true, message: '请选择撤销日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
