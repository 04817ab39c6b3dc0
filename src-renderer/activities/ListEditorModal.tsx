/**
 * Edits a short list kept in settings (活动类型, 荣誉称号): add, rename, remove, reorder. Records
 * already saved keep the words they have; the list only offers the choices for new ones.
 */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, List, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../components/form-errors';

interface Props {
  open: boolean;
  title: string;
  /** 类型, 称号: the word for one item in messages. */
  itemWord: string;
  items: string[] | undefined;
  maxLength: number;
  saving: boolean;
  onSave(items: string[]): Promise<unknown>;
  onClose(): void;
}

export function ListEditorModal({ open, title, itemWord, items, maxLength, saving, onSave, onClose }: Props) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<string[]>([]);
  const [adding, setAdding] = useState('');
  useEffect(() => {
    if (open) setDraft(items ?? []);
  }, [open, items]);

  const problem = (() => {
    const trimmed = draft.map((d) => d.trim());
    if (trimmed.length === 0) return `至少保留一个${itemWord}`;
    if (trimmed.some((d) => d === '')) return `有${itemWord}是空的`;
    const dup = trimmed.find((d, i) => trimmed.indexOf(d) !== i);
    if (dup) return `${itemWord}“${dup}”重复`;
    return null;
  })();

  const add = () => {
    const t = adding.trim();
    if (!t) return;
    if (draft.includes(t)) {
      message.warning(`${itemWord}“${t}”已在列表中`);
      return;
    }
    setDraft([...draft, t]);
    setAdding('');
  };
  const move = (i: number, by: number) => {
    const next = [...draft];
    const [x] = next.splice(i, 1);
    next.splice(i + by, 0, x!);
    setDraft(next);
  };
  const save = async () => {
    try {
      await onSave(draft.map((d) => d.trim()));
      message.success(`已保存${title}`);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title={title} open={open} onCancel={onClose} onOk={() => void save()} okText="保存" cancelText="取消" okButtonProps={{ disabled: !!problem, loading: saving }} width={520}>
      <Typography.Paragraph type="secondary">已登记的记录保留原来的{itemWord}；这里的列表是登记和导入时可选的{itemWord}。</Typography.Paragraph>
      <List
        size="small"
        bordered
        style={{ maxHeight: 360, overflow: 'auto' }}
        dataSource={draft.map((d, i) => ({ d, i }))}
        renderItem={({ d, i }) => (
          <List.Item
            actions={[
              <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`上移${d}`} />,
              <Button key="down" size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === draft.length - 1} onClick={() => move(i, 1)} aria-label={`下移${d}`} />,
              <Button key="del" size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => setDraft(draft.filter((_, j) => j !== i))} aria-label={`删除${d}`} />,
            ]}
          >
            <Input variant="borderless" value={d} maxLength={maxLength} onChange={(e) => setDraft(draft.map((x, j) => (j === i ? e.target.value : x)))} aria-label={`${itemWord}${i + 1}`} />
          </List.Item>
        )}
      />
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Input value={adding} maxLength={maxLength} onChange={(e) => setAdding(e.target.value)} onPressEnter={add} placeholder={`新的${itemWord}`} aria-label={`新的${itemWord}`} />
        <Button icon={<PlusOutlined />} onClick={add}>
          添加
        </Button>
      </Flex>
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Modal>
  );
}

/** The toolbar button that opens the list's editor (活动类型, 荣誉称号), with the editor itself. */
export function ListEditorButton(props: Omit<Props, 'open' | 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)}>
        {props.title}
      </Button>
      <ListEditorModal {...props} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
