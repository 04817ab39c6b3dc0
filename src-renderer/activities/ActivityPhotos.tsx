/**
 * The photos and scans of one activity: thumbnails read through the API, add (checked in main by
 * the file's bytes and size), a 说明 under each (printed under the photo on the 活动记录表), remove.
 * The same check runs here first on size, so a 30 MB photo is refused before it is sent.
 */
import { DeleteOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Image, Input, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../shared/activities/schema';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { errorMessage } from '../components/form-errors';
import { readAsBase64 } from '../import/file';

export function useAttachmentUrl(fileId: number, mime: string): string | null {
  const file = useApiQuery('activities.files.get', { fileId }, { staleTime: Infinity });
  return file.data && mime.startsWith('image/') ? `data:${file.data.mime};base64,${file.data.contentBase64}` : null;
}

/** The 说明 of one photo, saved when the box is left (or on Enter) if it changed. */
function CaptionInput({ file }: { file: Attachment }) {
  const { message } = App.useApp();
  const save = useApiMutation('activities.files.caption', ['activities.']);
  const [text, setText] = useState(file.caption ?? '');
  const commit = async () => {
    if (text.trim() === (file.caption ?? '')) return;
    try {
      await save.mutateAsync({ fileId: file.id, caption: text });
    } catch (error) {
      message.error(`“${file.fileName}”的说明没有保存：${errorMessage(error)}`);
      setText(file.caption ?? '');
    }
  };
  return (
    <Input
      size="small"
      aria-label={`${file.fileName}的说明`}
      placeholder="照片说明（打印在照片下）"
      maxLength={100}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void commit()}
      onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
      style={{ marginTop: 4, fontSize: 12 }}
    />
  );
}

function Thumb({ file, onRemove }: { file: Attachment; onRemove(): void }) {
  const url = useAttachmentUrl(file.id, file.mime);
  return (
    <Card size="small" style={{ width: 148 }} styles={{ body: { padding: 6 } }}>
      {file.mime.startsWith('image/') ? (
        url ? (
          <Image src={url} alt={file.fileName} width={134} height={100} style={{ objectFit: 'cover' }} />
        ) : (
          <div style={{ width: 134, height: 100, background: '#f5f5f5' }} />
        )
      ) : (
        <Flex vertical align="center" justify="center" style={{ width: 134, height: 100, background: '#f5f5f5' }}>
          <FilePdfOutlined style={{ fontSize: 32, color: '#c00' }} />
          PDF 扫描件
        </Flex>
      )}
      <Flex justify="space-between" align="center">
        <Typography.Text ellipsis style={{ maxWidth: 100, fontSize: 12 }} title={file.fileName}>
          {file.fileName}
        </Typography.Text>
        <Popconfirm title={`删除“${file.fileName}”？`} okText="删除" cancelText="取消" onConfirm={onRemove}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除${file.fileName}`} />
        </Popconfirm>
      </Flex>
      <CaptionInput file={file} />
    </Card>
  );
}

export function ActivityPhotos({ activityId, files }: { activityId: number; files: Attachment[] }) {
  const { message } = App.useApp();
  const add = useApiMutation('activities.files.add', ['activities.']);
  const remove = useApiMutation('activities.files.delete', ['activities.']);
  const upload = async (file: File) => {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      message.error(`“${file.name}”太大（${(file.size / 1024 / 1024).toFixed(1)} MB），每个文件不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB。请压缩照片后再添加。`);
      return;
    }
    try {
      await add.mutateAsync({ activityId, fileName: file.name, contentBase64: await readAsBase64(file) });
      message.success(`已添加 ${file.name}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <section aria-label="活动照片">
      <Flex wrap gap={8}>
        {files.map((f) => (
          <Thumb key={f.id} file={f} onRemove={() => void remove.mutateAsync({ fileId: f.id }).catch((e: unknown) => message.error(errorMessage(e)))} />
        ))}
        <Upload
          accept="image/*,.pdf"
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<PlusOutlined />} loading={add.isPending} style={{ width: 148, height: 100 }}>
            添加照片或扫描件
          </Button>
        </Upload>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        支持 JPG、PNG、GIF、WebP、BMP 照片和 PDF 扫描件，每个不超过 {MAX_ATTACHMENT_BYTES / 1024 / 1024} MB；照片保存在数据文件旁的附件文件夹中，并随备份一起备份。
      </Typography.Text>
    </section>
  );
}
