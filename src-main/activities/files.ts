/**
 * What a photo or scan added to an activity must be: an image (or a PDF scan) by its bytes, not by
 * its name, and no larger than MAX_ATTACHMENT_BYTES. The files are kept by db/attachments.ts.
 */
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../shared/activities/schema';

export interface SniffedFile {
  mime: string;
  ext: string;
}

const startsWith = (bytes: Buffer, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/**
 * What the bytes really are. A file is accepted by its content, never by its name: a renamed
 * document or a truncated download is refused with a message that says what was found.
 */
export function sniffAttachment(bytes: Buffer): SniffedFile | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', ext: 'png' };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return { mime: 'image/gif', ext: 'gif' };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { mime: 'image/webp', ext: 'webp' };
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length > 26 && bytes.readUInt32LE(2) <= bytes.length + 16) return { mime: 'image/bmp', ext: 'bmp' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: 'application/pdf', ext: 'pdf' };
  return null;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Why these bytes cannot be kept as a photo or scan, or null. */
export function attachmentProblem(fileName: string, bytes: Buffer): string | null {
  if (bytes.length === 0) return `“${fileName}”是空文件（0 字节），请重新选择照片。`;
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    return `“${fileName}”太大（${megabytes(bytes.length)}），每个文件不能超过 ${megabytes(MAX_ATTACHMENT_BYTES)}。请在手机或电脑上把照片压缩（或调小尺寸）后再添加。`;
  }
  if (sniffAttachment(bytes) === null) {
    const ext = path.extname(fileName).toLowerCase();
    const looksImage = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.bmp', '.pdf'].includes(ext);
    return looksImage
      ? `“${fileName}”的扩展名是 ${ext}，但文件内容不是图片，可能已损坏或被改过扩展名。请重新导出照片后再添加。`
      : `“${fileName}”不是图片或 PDF 扫描件。活动照片请用 JPG、PNG、GIF、WebP、BMP 格式，扫描件请用 PDF。`;
  }
  return null;
}

