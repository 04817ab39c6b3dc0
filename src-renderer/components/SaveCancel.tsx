/**
 * The 取消 / 保存 pair at the top of every form drawer and form page, so they look and behave alike.
 */
import { Button, Space } from 'antd';

export function SaveCancel({ onCancel, onSave, saving, disabled }: { onCancel(): void; onSave(): void; saving: boolean; disabled?: boolean }) {
  return (
    <Space>
      <Button onClick={onCancel}>取消</Button>
      <Button type="primary" loading={saving} disabled={disabled} onClick={onSave}>
        保存
      </Button>
    </Space>
  );
}
