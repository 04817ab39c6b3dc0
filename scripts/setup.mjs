#!/usr/bin/env node
/**
 * npm run setup: everything a fresh machine needs before `npm test`, and nothing twice.
 *   1. the system packages the end-to-end tests use: Chromium (/usr/bin/chromium), CJK fonts (so
 *      printed Chinese is not boxes) and poppler-utils (pdftoppm, to look at printed pages);
 *      on Debian/Ubuntu they are installed with apt-get, elsewhere the script says what to install;
 *   2. the npm packages (`npm ci`, without the Electron binary download), unless node_modules
 *      already matches package-lock.json.
 * Plain Node with no dependencies, so it runs before `npm ci`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`[setup] ${line}`);

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  if (!has('fc-list')) return false;
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '';
  return /Noto (Sans|Serif) CJK/i.test(fonts);
}

const wanted = [
  { pkg: 'chromium', why: 'Chromium for the end-to-end tests', present: () => fs.existsSync('/usr/bin/chromium') || has('chromium') },
  { pkg: 'fonts-noto-cjk', why: 'Chinese fonts for screens and printed pages', present: hasCjkFont },
  { pkg: 'poppler-utils', why: 'pdftoppm, to turn printed PDFs into images', present: () => has('pdftoppm') },
];

const missing = wanted.filter((w) => !w.present());
if (missing.length === 0) {
  say('system packages: chromium, fonts-noto-cjk, poppler-utils are present');
} else if (process.platform === 'linux' && fs.existsSync('/etc/debian_version') && has('apt-get')) {
  const names = missing.map((m) => m.pkg);
  for (const m of missing) say(`installing ${m.pkg}: ${m.why}`);
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root_ ? [] : has('sudo') ? ['sudo'] : null;
  if (sudo === null) {
    say(`not root and no sudo: run as root  apt-get install -y ${names.join(' ')}  then npm run setup again`);
    process.exit(1);
  }
  const run = (args) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', ...names]);
} else {
  say('this is not a Debian/Ubuntu system; please install these yourself, then run npm run setup again:');
  for (const m of missing) say(`  - ${m.why} (Debian package ${m.pkg})`);
  say('  e.g. Fedora: dnf install chromium google-noto-sans-cjk-fonts poppler-utils;');
  say('  macOS: brew install --cask chromium font-noto-sans-cjk && brew install poppler.');
  say('  The tests look for Chromium at /usr/bin/chromium.');
  process.exit(1);
}

// npm ci replaces node_modules; skip it when the installed tree already matches the lockfile.
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const upToDate = fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs;
if (upToDate) {
  say('npm packages: node_modules matches package-lock.json');
} else {
  // The Electron binary is a download from outside the npm registry; the tests use the browser
  // mode and mock Electron, so it is skipped here (run `npm ci` yourself to get the desktop window).
  say('npm packages: npm ci (without the Electron binary download)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
}
say('done: now run  npm test');
