/** Adding, reading and removing an activity's photos and scans. */
import type { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { MAX_ATTACHMENTS, type Attachment, type attachmentAddInput } from '../../shared/activities/schema';
import { nowTimestamp } from '../../shared/domain/dates';
import type { AppContext } from '../api/context';
import type { Db } from '../db/types';
import { readAttachment, removeAttachment, storeAttachment } from '../db/attachments';
import { fileRow, getActivity, rowToAttachment, unusedNames } from './activities';
import { attachmentProblem, sniffAttachment } from './files';

type AddInput = z.output<typeof attachmentAddInput>;

export function addAttachment(ctx: Pick<AppContext, 'db' | 'storePath'>, input: AddInput): Attachment {
  const { db } = ctx;
  const activity = getActivity(db, input.activityId);
  if (activity.attachments.length >= MAX_ATTACHMENTS) {
    throw new AppError('VALIDATION', `活动“${activity.name}”已有 ${MAX_ATTACHMENTS} 个照片和附件，不能再添加。请删去重复或不清楚的照片。`);
  }
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const problem = attachmentProblem(input.fileName, bytes);
  if (problem) throw new AppError('VALIDATION', problem, { contentBase64: problem });
  const kind = sniffAttachment(bytes)!;
  const stored = storeAttachment(ctx.storePath, bytes, kind.ext);
  const id = Number(
    db
      .prepare(
        'INSERT INTO activity_files (activity_id, file_name, stored_name, mime, size_bytes, caption, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(activity.id, input.fileName, stored, kind.mime, bytes.length, input.caption, nowTimestamp()).lastInsertRowid,
  );
  return rowToAttachment(fileRow(db, id));
}

export function attachmentContent(ctx: Pick<AppContext, 'db' | 'storePath' | 'backupDir'>, fileId: number): { fileName: string; mime: string; contentBase64: string } {
  const row = fileRow(ctx.db, fileId);
  const bytes = readAttachment(ctx.storePath, ctx.backupDir, row.stored_name);
  if (!bytes) throw new AppError('NOT_FOUND', `照片“${row.file_name}”的文件已不在附件文件夹中，也不在备份中。请重新添加这张照片。`);
  return { fileName: row.file_name, mime: row.mime, contentBase64: bytes.toString('base64') };
}

export function setAttachmentCaption(db: Db, fileId: number, caption: string | null): Attachment {
  fileRow(db, fileId); // a photo removed meanwhile: its Chinese NOT_FOUND
  db.prepare('UPDATE activity_files SET caption = ? WHERE id = ?').run(caption, fileId);
  return rowToAttachment(fileRow(db, fileId));
}

export function deleteAttachment(ctx: Pick<AppContext, 'db' | 'storePath'>, fileId: number): void {
  const row = fileRow(ctx.db, fileId);
  ctx.db.prepare('DELETE FROM activity_files WHERE id = ?').run(fileId);
  for (const name of unusedNames(ctx.db, [row.stored_name])) removeAttachment(ctx.storePath, name);
}
