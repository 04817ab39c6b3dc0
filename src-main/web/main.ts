/**
 * `npm run web -- [--db FILE] [--port N] [--no-open]`: the browser mode.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/api/errors';
import { bootServices, closeServices } from '../app/boot';
import { defaultStorePath } from '../app/paths';
import { openInBrowser } from './open-browser';
import { startWebServer } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.resolve(here, '../../dist/renderer');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '3960' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('用法：npm run web -- [--db 数据文件] [--port 端口] [--no-open]');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('BAD_REQUEST', `端口号不正确：${values.port}`);
  const storePath = values.db ?? defaultStorePath();
  const ctx = await bootServices({ storePath, shell: 'browser', kind: 'browser', log: (m) => console.log(m) });
  const server = await startWebServer({ ctx, rendererDir: RENDERER_DIR, port });
  console.log(`工会台账（浏览器模式）已启动，数据文件：${ctx.storePath}`);
  console.log(`请在浏览器中打开：${server.url}`);
  if (!values['no-open']) openInBrowser(server.url);
  const stop = () => {
    void server.close().then(() => {
      closeServices(ctx);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: string }).code === 'EADDRINUSE') console.error('端口已被占用，请用 --port 指定其他端口。');
  else console.error(`启动失败：${message}`);
  process.exit(1);
});
