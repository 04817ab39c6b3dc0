/**
 * The command-line program for batch work. Each area registers its commands here.
 */
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { zodToApiError } from '../../shared/api/zod-messages';
import { APP_VERSION } from '../app/boot';
import { CliExit, type CliIo } from './io';
import { registerDisclosureCommands } from './disclosure';
import { registerMemberCommands } from './members';
import { registerRosterCommands } from './roster';
import { registerCongressCommands } from './congress';
import { registerWelfareCommands } from './welfare';

const COMMANDER_MESSAGES: Record<string, string> = {
  'commander.unknownCommand': '未知的命令',
  'commander.unknownOption': '未知的选项',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.missingArgument': '缺少必需的参数',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.excessArguments': '参数过多',
  'commander.invalidArgument': '参数不正确',
};

export function buildProgram(io: CliIo): Command {
  const program = new Command('union-ledger');
  program
    .description('工会台账命令行：批量导入、导出、备份与统计')
    .version(APP_VERSION, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined })
    .exitOverride();
  const members = registerMemberCommands(program, io);
  registerRosterCommands(members, io);
  registerCongressCommands(program, io);
  registerDisclosureCommands(program, io);
  registerWelfareCommands(program, io);
  for (const command of program.commands) {
    command.helpOption('-h, --help', '显示帮助').configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined }).exitOverride();
    for (const sub of command.commands) {
      sub.helpOption('-h, --help', '显示帮助').configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined }).exitOverride();
    }
  }
  return program;
}

/** Runs the CLI and returns the exit code; never lets a stack trace reach the user. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      const label = COMMANDER_MESSAGES[error.code] ?? '命令不正确';
      const detail = error.message.replace(/^error:\s*/, '');
      io.err(`${label}：${detail}。运行 npm run cli -- --help 查看用法。`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof z.ZodError) {
      io.err(zodToApiError(error).message);
      return 2;
    }
    io.err(`运行失败：${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
