/**
 * 打印签收表: choose a batch, or a date range (and reasons), then open the A4 sign-off sheet.
 */
import { Button, DatePicker, Form, Modal, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { formatDateCn } from '../../shared/domain/dates';
import { openPrintView } from '../api/platform';
import { useApiQuery } from '../api/hooks';

interface Values {
  mode: 'batch' | 'range';
  batchId?: number;
  range?: [Dayjs, Dayjs];
  reasons?: string[];
  cashOnly: boolean;
}

export function signoffRoute(params: { batchId?: number; from?: string; to?: string; reasons?: string[]; cashOnly?: boolean }): string {
  const q = new URLSearchParams();
  if (params.batchId) q.set('batch', String(params.batchId));
  if (params.from) q.set('from', params.from);
  if (params.to) q.set('to', params.to);
  if (params.reasons?.length) q.set('reasons', params.reasons.join(','));
  if (params.cashOnly) q.set('cashOnly', '1');
  return `/print/welfare/signoff?${q.toString()}`;
}

export function printSignoff(params: Parameters<typeof signoffRoute>[0], mode: 'pdf' | 'print' = 'print') {
  const name = params.batchId ? `慰问金发放签收表-批次${params.batchId}` : `慰问金发放签收表-${params.from}至${params.to}`;
  return openPrintView({ route: signoffRoute(params), pageSize: 'A4', landscape: false, fileName: `${name}.pdf` }, mode);
}

export function SignoffModal({ open, onClose, initialRange }: { open: boolean; onClose(): void; initialRange?: [string, string] }) {
  const [form] = Form.useForm<Values>();
  const batches = useApiQuery('welfare.batches.list', undefined, { enabled: open });
  const standards = useApiQuery('welfare.standards.get', undefined, { enabled: open });
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (!open) return;
    const [from, to] = initialRange ?? [dayjs().startOf('month').format('YYYY-MM-DD'), dayjs().format('YYYY-MM-DD')];
    form.setFieldsValue({ mode: 'range', range: [dayjs(from), dayjs(to)], reasons: [], cashOnly: true, batchId: undefined });
  }, [open, initialRange, form]);

  const submit = async (how: 'pdf' | 'print') => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (v.mode === 'batch') await printSignoff({ batchId: v.batchId, cashOnly: v.cashOnly }, how);
    else await printSignoff({ from: v.range![0].format('YYYY-MM-DD'), to: v.range![1].format('YYYY-MM-DD'), reasons: v.reasons, cashOnly: v.cashOnly }, how);
    onClose();
  };

  return (
    <Modal
      title="打印慰问金发放签收表"
      open={open}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="pdf" onClick={() => void submit('pdf')}>
          存为 PDF
        </Button>,
        <Button key="print" type="primary" onClick={() => void submit('print')}>
          打印
        </Button>,
      ]}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="mode" label="范围">
          <Radio.Group optionType="button" options={[{ value: 'range', label: '按日期范围' }, { value: 'batch', label: '按发放批次' }]} />
        </Form.Item>
        {mode === 'batch' ? (
          <Form.Item name="batchId" label="发放批次" rules={[{ required: true, message: '请选择发放批次' }]}>
            <Select
              placeholder={batches.data?.length === 0 ? '还没有批量慰问' : '请选择'}
              options={(batches.data ?? []).map((b) => ({ value: b.id, label: `${b.title}（${formatDateCn(b.visitDate)}，${b.visits} 人）` }))}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="range" label="慰问日期" rules={[{ required: true, message: '请选择日期范围' }]}>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reasons" label="慰问事由（不选则全部）">
              <Select mode="multiple" allowClear options={(standards.data?.items ?? []).map((s) => ({ value: s.reason, label: s.reason }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="cashOnly" label="只列发放慰问金的记录" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
