/**
 * Write or edit a motion (提案): 案由, 理由, 建议/办法, category, the proposer and co-signers
 * (附议人) chosen from the term's delegates. The co-signer minimum follows the settings.
 */
import { chineseNumber } from '../../shared/congress/rules';
import { App, Col, DatePicker, Drawer, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { motionInputSchema, type Motion, type MotionInput, type Session } from '../../shared/congress/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { applyServerErrors, errorMessage } from '../components/form-errors';
import { SaveCancel } from '../components/SaveCancel';
import { zodRule } from '../components/zod-rule';
import { dayOf, isoOf, todayDay } from './form-dates';
import { useDelegateOptions } from './useDelegates';

interface Values {
  motionTitle?: string;
  motionReasons?: string;
  motionProposals?: string;
  motionCategory?: string;
  proposerId?: number;
  cosignerIds?: number[];
  submittedOn?: Dayjs | null;
}

const FIELDS = ['motionTitle', 'motionReasons', 'motionProposals', 'motionCategory', 'proposerId', 'cosignerIds', 'submittedOn'];
const shape = motionInputSchema.shape;

export interface MotionFormDrawerProps {
  open: boolean;
  session: Session;
  motion?: Motion | null;
  onClose(): void;
  onSaved?(m: Motion): void;
}

export function MotionFormDrawer({ open, session, motion, onClose, onSaved }: MotionFormDrawerProps) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const settings = useApiQuery('congress.settings.get', undefined);
  // 列席/特邀 delegates propose and co-sign only when the settings allow it.
  const mayPropose = settings.data?.nonVotingMayPropose ?? false;
  const { options } = useDelegateOptions(session.term, (d) => mayPropose || d.kind === '正式');
  const create = useApiMutation('congress.motions.create', ['congress.']);
  const update = useApiMutation('congress.motions.update', ['congress.']);
  const proposerId = Form.useWatch('proposerId', form);
  const min = settings.data?.cosignerMin ?? 2;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (motion) {
      form.setFieldsValue({
        motionTitle: motion.title,
        motionReasons: motion.reasons,
        motionProposals: motion.proposals,
        motionCategory: motion.category,
        proposerId: motion.proposerId,
        cosignerIds: motion.cosigners.map((c) => c.id),
        submittedOn: dayOf(motion.submittedOn),
      });
    } else form.setFieldsValue({ submittedOn: todayDay(), cosignerIds: [] });
  }, [open, motion, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input: MotionInput = {
      sessionId: session.id,
      motionTitle: v.motionTitle ?? '',
      motionReasons: v.motionReasons ?? '',
      motionProposals: v.motionProposals ?? '',
      motionCategory: v.motionCategory ?? '',
      proposerId: v.proposerId ?? 0,
      cosignerIds: v.cosignerIds ?? [],
      submittedOn: isoOf(v.submittedOn) ?? '',
    };
    try {
      const saved = motion ? await update.mutateAsync({ id: motion.id, data: input }) : await create.mutateAsync(input);
      message.success(motion ? `已保存提案 ${saved.number}` : `已登记提案 ${saved.number}${saved.late ? '（逾期提交）' : ''}`);
      onSaved?.(saved);
      onClose();
    } catch (error) {
      applyServerErrors(form, error, FIELDS);
      message.error(errorMessage(error));
    }
  };

  const categories = [...(settings.data?.categories ?? []), ...(motion && !settings.data?.categories.includes(motion.category) ? [motion.category] : [])];
  return (
    <Drawer
      title={motion ? `编辑提案 ${motion.number}` : `新提案：${session.name}`}
      width={760}
      open={open}
      onClose={onClose}
      destroyOnHidden
      extra={
        <SaveCancel onCancel={onClose} onSave={() => void submit()} saving={create.isPending || update.isPending} />
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="motionTitle" label="案由" required rules={[zodRule(shape.motionTitle, (v) => v ?? '')]}>
          <Input maxLength={100} placeholder="例如：关于改善教职工午餐质量的建议" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="motionCategory" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
              <Select showSearch optionFilterProp="label" placeholder="请选择" options={categories.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="submittedOn"
              label="提交日期"
              rules={[{ required: true, message: '请选择提交日期' }]}
              extra={`征集截止 ${session.motionClose}，之后提交的标为逾期提案`}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="proposerId" label="提案人" rules={[{ required: true, message: '请选择提案人' }]}>
              <Select showSearch optionFilterProp="label" placeholder={`第${chineseNumber(session.term)}届代表`} options={options} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="cosignerIds"
              label="附议人"
              extra={`至少 ${min} 名代表附议，提案人本人不能附议`}
              rules={[
                {
                  validator: async (_r, value: number[] | undefined) => {
                    const n = value?.length ?? 0;
                    if (n < min) throw new Error(`附议人至少 ${min} 名，现有 ${n} 名`);
                  },
                },
              ]}
            >
              <Select
                mode="multiple"
                showSearch
                optionFilterProp="label"
                placeholder="选择附议的代表"
                options={options.filter((o) => o.value !== proposerId)}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="motionReasons" label="理由" required rules={[zodRule(shape.motionReasons, (v) => v ?? '')]}>
          <Input.TextArea rows={6} maxLength={3000} showCount placeholder="现状、问题与原因" />
        </Form.Item>
        <Form.Item name="motionProposals" label="建议/办法" required rules={[zodRule(shape.motionProposals, (v) => v ?? '')]}>
          <Input.TextArea rows={6} maxLength={3000} showCount placeholder="具体、可操作的建议和办法" />
        </Form.Item>
        <Typography.Text type="secondary">保存后自动编号（届-次-序号，例如 {session.term}-{session.meeting}-001），提交提案工作委员会审查。</Typography.Text>
      </Form>
    </Drawer>
  );
}
