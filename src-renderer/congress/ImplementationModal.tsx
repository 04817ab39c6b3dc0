/**
 * A later change in how far a reply is carried out (正在落实 → 已落实), kept as its own dated step.
 */
import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Implementation, Motion } from '../../shared/congress/schema';
import { useApiMutation } from '../api/hooks';
import { isoOf, todayDay } from './form-dates';
import { ImplementationFields } from './ReplyModal';
import { StepModal } from './StepModal';

interface Values {
  implementation?: Implementation;
  implementationNote?: string;
  implementedOn?: Dayjs | null;
}

export function ImplementationModal({ open, motion, onClose }: { open: boolean; motion: Motion; onClose(): void }) {
  const update = useApiMutation('congress.motions.implementation', ['congress.']);
  return (
    <StepModal<Values>
      open={open}
      title={`更新落实情况：提案 ${motion.number}`}
      okText="保存"
      initial={{ implementation: motion.implementation ?? undefined, implementedOn: todayDay() }}
      fields={['implementation', 'implementationNote', 'implementedOn']}
      onClose={onClose}
      pending={update.isPending}
      save={async (v) => {
        const m = await update.mutateAsync({
          id: motion.id,
          implementation: v.implementation ?? '正在落实',
          implementationNote: v.implementationNote ?? null,
          implementedOn: isoOf(v.implementedOn) ?? '',
        });
        return `提案 ${m.number} 的落实情况已更新为“${m.implementation ?? ''}”`;
      }}
    >
      {() => (
        <>
          <ImplementationFields />
          <Form.Item name="implementedOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
