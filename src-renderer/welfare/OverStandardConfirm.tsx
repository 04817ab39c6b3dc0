/**
 * The confirmation shown before saving a visit over its standard. Resolves to the note typed
 * (possibly empty) when the user goes ahead, or null when they go back to change the visit.
 */
import { Input, Typography } from 'antd';
import type { useAppProps } from 'antd/es/app/context';

export function confirmOverStandard(modal: useAppProps['modal'], problems: string[], initialNote = ''): Promise<string | null> {
  let note = initialNote;
  return new Promise((resolve) => {
    modal.confirm({
      title: '超出慰问标准，确认发放吗？',
      width: 520,
      content: (
        <div>
          <ul style={{ paddingLeft: 18, margin: '8px 0' }}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            确认后仍会保存，但该记录将标记为“超标准”，并记下确认时间。
          </Typography.Paragraph>
          <Input.TextArea
            aria-label="超标准说明"
            rows={2}
            maxLength={200}
            defaultValue={initialNote}
            placeholder="超标准说明（例如：经工会委员会研究同意）"
            onChange={(e) => (note = e.target.value)}
          />
        </div>
      ),
      okText: '确认发放并保存',
      cancelText: '返回修改',
      onOk: () => resolve(note.trim()),
      onCancel: () => resolve(null),
    });
  });
}
