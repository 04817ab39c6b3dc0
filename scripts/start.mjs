// `npm start`: the Electron window, or, where the Electron binary is missing, the browser mode.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const args = process.argv.slice(2);
const electron = findElectronBinary();
const run = (command, commandArgs) => {
  const child = spawn(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
};

if ('path' in electron) {
  run(electron.path, ['.', ...args]);
} else {
  console.log('未找到 Electron 运行程序，改用浏览器模式启动。 / Electron binary not found; starting the browser mode instead.');
  run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsx', 'src-main/web/main.ts', ...args]);
}
