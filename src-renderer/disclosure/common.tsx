/**
 * Small pieces shared by the disclosure pages: state tags, the body as HTML, the print dialog.
 */
import { App, Button, Form, Modal, Radio, Tag } from 'antd';
import { useState } from 'react';
import type { PaperSize } from '../../shared/api/bridge';
import { sanitizeBodyHtml } from '../../shared/disclosure/body';
import type { NoticeState, ObjectionStatus } from '../../shared/disclosure/schema';
import { openPrintView } from '../api/platform';
import { errorMessage } from '../components/form-errors';

const STATE_COLORS: Record<NoticeState, string> = {
  草稿: 'default',
  已审核: 'blue',
  待公示: 'cyan',
  公示中: 'green',
  公示期满: 'gold',
  已撤回: 'red',
  已归档: 'purple',
};

export function NoticeStateTag({ state }: { state: NoticeState }) {
  return <Tag color={STATE_COLORS[state]}>{state}</Tag>;
}

const OBJECTION_COLORS: Record<ObjectionStatus, string> = { 待处理: 'orange', 已办结: 'green', 匿名未受理: 'default' };

export function ObjectionStatusTag({ status }: { status: ObjectionStatus }) {
  return <Tag color={OBJECTION_COLORS[status]}>{status}</Tag>;
}

/**
 * Shows a stored body. It was sanitized by the main process on save; it is passed through the same
 * allow-list again here so the renderer never injects markup it has not checked itself.
 */
export function NoticeBody({ html, className }: { html: string; className?: string }) {
  return <div className={className ?? 'notice-body'} dangerouslySetInnerHTML={{ __html: sanitizeBodyHtml(html) }} />;
}

export interface PrintChoice {
  pageSize: PaperSize;
  landscape: boolean;
}

/** Asks for paper size and orientation, then prints or saves PDF through the shell. */
export function PrintDialog({
  open,
  title,
  route,
  fileName,
  initial,
  onClose,
}: {
  open: boolean;
  title: string;
  /** Route without query; size and orientation are added. */
  route: string;
  fileName: string;
  initial: PrintChoice;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const [choice, setChoice] = useState<PrintChoice>(initial);
  const [busy, setBusy] = useState(false);
  const go = async (mode: 'pdf' | 'print') => {
    setBusy(true);
    try {
      const full = `${route}?size=${choice.pageSize}&orient=${choice.landscape ? 'landscape' : 'portrait'}`;
      await openPrintView({ route: full, pageSize: choice.pageSize, landscape: choice.landscape, fileName }, mode);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="pdf" loading={busy} onClick={() => void go('pdf')}>
          存为 PDF
        </Button>,
        <Button key="print" type="primary" loading={busy} onClick={() => void go('print')}>
          打印
        </Button>,
      ]}
    >
      <Form layout="vertical">
        <Form.Item label="纸张">
          <Radio.Group
            value={choice.pageSize}
            onChange={(e) => setChoice({ ...choice, pageSize: e.target.value as PaperSize })}
            options={[
              { value: 'A4', label: 'A4' },
              { value: 'A3', label: 'A3' },
            ]}
            optionType="button"
          />
        </Form.Item>
        <Form.Item label="方向">
          <Radio.Group
            value={choice.landscape}
            onChange={(e) => setChoice({ ...choice, landscape: e.target.value as boolean })}
            options={[
              { value: false, label: '纵向' },
              { value: true, label: '横向' },
            ]}
            optionType="button"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Reads ?size=A3&orient=landscape of a print route. */
export function printChoiceFrom(params: URLSearchParams, fallback: PrintChoice): PrintChoice {
  const size = params.get('size');
  const orient = params.get('orient');
  return {
    pageSize: size === 'A3' || size === 'A4' ? size : fallback.pageSize,
    landscape: orient === 'landscape' ? true : orient === 'portrait' ? false : fallback.landscape,
  };
}
