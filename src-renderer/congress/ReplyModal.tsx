/**
 * 答复: the handling unit's answer, who gave it, when, and how far it is carried out.
 */
import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { IMPLEMENTATIONS, type Implementation, type Motion } from '../../shared/congress/schema';
import { useApiMutation } from '../api/hooks';
import { isoOf, todayDay } from './form-dates';
import { StepModal } from './StepModal';

interface Values {
  replyText?: string;
  repliedBy?: string;
  repliedOn?: Dayjs | null;
  implementation?: Implementation;
  implementationNote?: string;
}

export function ImplementationFields() {
  return (
    <>
      <Form.Item name="implementation" label="落实情况" rules={[{ required: true, message: '请选择落实情况' }]}>
        <Radio.Group options={IMPLEMENTATIONS.map((i) => ({ value: i, label: i }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.implementation !== b.implementation}>
        {({ getFieldValue }) =>
          getFieldValue('implementation') === '未能落实' ? (
            <Form.Item name="implementationNote" label="未能落实原因" rules={[{ required: true, whitespace: true, message: '未能落实须写明原因' }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </>
  );
}

export function ReplyModal({ open, motion, onClose }: { open: boolean; motion: Motion; onClose(): void }) {
  const reply = useApiMutation('congress.motions.reply', ['congress.']);
  const again = motion.replyRound > 0;
  return (
    <StepModal<Values>
      open={open}
      title={`${again ? '再次答复' : '答复'}提案 ${motion.number}`}
      okText="保存答复"
      initial={{ repliedOn: todayDay(), repliedBy: motion.leadUnit ?? undefined }}
      fields={['replyText', 'repliedBy', 'repliedOn', 'implementation', 'implementationNote']}
      onClose={onClose}
      pending={reply.isPending}
      intro={
        again && motion.rating === '不满意' ? (
          <p style={{ color: '#cf1322' }}>提案人对上次答复不满意{motion.ratingComment ? `：${motion.ratingComment}` : ''}</p>
        ) : null
      }
      save={async (v) => {
        const m = await reply.mutateAsync({
          id: motion.id,
          replyText: v.replyText ?? '',
          repliedBy: v.repliedBy ?? '',
          repliedOn: isoOf(v.repliedOn) ?? '',
          implementation: v.implementation ?? '正在落实',
          implementationNote: v.implementationNote ?? null,
        });
        return `已登记提案 ${m.number} 的第 ${m.replyRound} 次答复，等待提案人反馈`;
      }}
    >
      {() => (
        <>
          <Form.Item name="replyText" label="答复内容" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}>
            <Input.TextArea rows={6} maxLength={3000} showCount />
          </Form.Item>
          <Form.Item name="repliedBy" label="答复人" rules={[{ required: true, whitespace: true, message: '请填写答复人（部门及负责人）' }]}>
            <Input maxLength={50} placeholder="例如：总务处 陈主任" />
          </Form.Item>
          <Form.Item name="repliedOn" label="答复日期" rules={[{ required: true, message: '请选择答复日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <ImplementationFields />
        </>
      )}
    </StepModal>
  );
}
