/**
 * Reading a picked file for the API (base64, as both shells carry JSON) and saving what comes back.
 */
import type { ApiClient } from '../../shared/api/client';
import { MAX_IMPORT_BYTES } from '../../shared/import/grid';
import type { RecordSet } from '../../shared/import/schema';
import { saveDownload } from '../api/platform';

/** The same refusal the main process gives, said before a large file is read into the page. */
export function sizeProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `“${file.name}”是空文件（0 字节），没有可导入的内容。`;
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return `文件太大（${mb(file.size)}），超过了 ${mb(MAX_IMPORT_BYTES)} 的上限。一份花名册或登记表通常只有几百 KB 到几 MB；请删除无关的工作表和图片后另存，或分成几个文件导入。`;
  }
  return null;
}

export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('无法读取所选文件，请确认文件没有被其他程序占用。'));
    reader.readAsDataURL(file);
  });
}

/** A record set's template (会员导入模板.xlsx, 慰问登记表导入模板.xlsx…). */
export async function downloadTemplate(api: ApiClient, set: RecordSet): Promise<void> {
  await saveDownload(await api.call('import.template', { set }));
}
