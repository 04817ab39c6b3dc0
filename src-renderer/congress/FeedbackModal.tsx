/**
 * 反馈: the proposer rates the reply. 满意/基本满意 closes the motion; 不满意 sends it back.
 */
import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { RATINGS, type Motion, type Rating } from '../../shared/congress/schema';
import { useApiMutation } from '../api/hooks';
import { isoOf, todayDay } from './form-dates';
import { StepModal } from './StepModal';

interface Values {
  rating?: Rating;
  ratingComment?: string;
  ratedOn?: Dayjs | null;
}

export function FeedbackModal({ open, motion, onClose }: { open: boolean; motion: Motion; onClose(): void }) {
  const feedback = useApiMutation('congress.motions.feedback', ['congress.']);
  return (
    <StepModal<Values>
      open={open}
      title={`提案人反馈：提案 ${motion.number}（${motion.proposerName}）`}
      okText="保存反馈"
      initial={{ ratedOn: todayDay() }}
      fields={['rating', 'ratingComment', 'ratedOn']}
      onClose={onClose}
      pending={feedback.isPending}
      intro={
        <p style={{ color: '#666' }}>
          {motion.mergedInto
            ? `本提案已并入 ${motion.mergedInto.number} 办理，这里记录本提案提案人对该答复的意见；“不满意”会列入概况的“不满意”，由提案工作委员会跟进。`
            : '选择“不满意”时，提案退回承办部门再次答复。'}
        </p>
      }
      save={async (v) => {
        const m = await feedback.mutateAsync({
          id: motion.id,
          rating: v.rating ?? '满意',
          ratingComment: v.ratingComment ?? null,
          ratedOn: isoOf(v.ratedOn) ?? '',
        });
        if (motion.mergedInto) return `已记录提案 ${m.number} 提案人的反馈：${m.rating ?? ''}`;
        return m.state === '已办结' ? `提案 ${m.number} 提案人${m.rating ?? ''}，已办结` : `提案 ${m.number} 提案人不满意，已退回承办部门再次答复`;
      }}
    >
      {() => (
        <>
          <Form.Item name="rating" label="反馈意见" rules={[{ required: true, message: '请选择反馈意见' }]}>
            <Radio.Group options={RATINGS.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item name="ratingComment" label="反馈说明">
            <Input.TextArea rows={3} maxLength={1000} placeholder="不满意时请写明原因" />
          </Form.Item>
          <Form.Item name="ratedOn" label="反馈日期" rules={[{ required: true, message: '请选择反馈日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
