/**
 * Files kept with records (activity photos and scans) in a folder beside the store
 * (`<store>-附件/`), each under its SHA-256 so the same photo added twice is stored once and a name
 * can never be overwritten with other bytes. Every backup copies the folder (copyAttachments); a
 * file missing here (e.g. after restoring an older backup) is read from the backups' copy.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { storeTag } from './backup';

/** The attachments folder of a store; null for a store in memory (a dry-run import). */
export function attachmentsDir(storePath: string): string | null {
  if (storePath === ':memory:' || storePath === '') return null;
  return path.join(path.dirname(path.resolve(storePath)), `${storeTag(storePath)}-附件`);
}

/** Where backups keep their copy of the attachments (shared by every backup of the store). */
export function backupAttachmentsDir(backupDir: string, storePath: string): string {
  return path.join(backupDir, `${storeTag(storePath)}-附件`);
}

/** Writes the bytes under their checksum (if not already there) and returns the stored name. */
export function storeAttachment(storePath: string, bytes: Buffer, ext: string): string {
  const dir = attachmentsDir(storePath);
  if (!dir) throw new AppError('VALIDATION', '当前数据文件不在磁盘上，不能保存照片。');
  const name = `${crypto.createHash('sha256').update(bytes).digest('hex')}.${ext}`;
  const target = path.join(dir, name);
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (!fs.existsSync(target)) {
      // Written under a temporary name first, so a full disk never leaves half a photo under the real name.
      const partial = `${target}.${process.pid}.partial`;
      fs.writeFileSync(partial, bytes);
      fs.renameSync(partial, target);
    }
  } catch (error) {
    throw new AppError('FILE', `无法保存照片到 ${dir}（${error instanceof Error ? error.message : String(error)}），请检查磁盘空间和文件夹权限。`);
  }
  return name;
}

/** The stored file's bytes, from the store's folder or else the backups' copy; null if neither has it. */
export function readAttachment(storePath: string, backupDir: string, storedName: string): Buffer | null {
  const dirs = [attachmentsDir(storePath), backupDir ? backupAttachmentsDir(backupDir, storePath) : null];
  for (const dir of dirs) {
    if (!dir) continue;
    const file = path.join(dir, path.basename(storedName));
    if (fs.existsSync(file)) return fs.readFileSync(file);
  }
  return null;
}

/** Removes a stored file no record refers to any more (the backups keep their copy). */
export function removeAttachment(storePath: string, storedName: string): void {
  const dir = attachmentsDir(storePath);
  if (dir) fs.rmSync(path.join(dir, path.basename(storedName)), { force: true });
}

/**
 * Copies the store's attachments into the backups' folder: only names not there yet (a name is its
 * content's checksum, so an existing copy is already right). Returns how many were copied.
 */
export function copyAttachments(storePath: string, backupDir: string): number {
  const from = attachmentsDir(storePath);
  if (!from || !fs.existsSync(from)) return 0;
  const to = backupAttachmentsDir(backupDir, storePath);
  fs.mkdirSync(to, { recursive: true });
  let copied = 0;
  for (const name of fs.readdirSync(from)) {
    if (name.endsWith('.partial')) continue;
    const target = path.join(to, name);
    if (fs.existsSync(target)) continue;
    fs.copyFileSync(path.join(from, name), `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    copied++;
  }
  return copied;
}
