/**
 * `--db FILE` picks the store; anything else Electron or Chromium passes is ignored.
 */
export function storePathFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db' && i + 1 < argv.length) return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice(5);
  }
  return undefined;
}
