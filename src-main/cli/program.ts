/**
 * The command-line program for batch work. Each area registers its commands here.
 */
import { Command, CommanderError, Help } from 'commander';
import { APP_VERSION } from '../app/boot';
import { CliExit, printCliError, type CliIo } from './io';
import { registerDisclosureCommands } from './disclosure';
import { registerMemberCommands } from './members';
import { registerRosterCommands } from './roster';
import { registerCongressCommands } from './congress';
import { registerWelfareCommands } from './welfare';
import { registerActivityCommands } from './activities';
import { registerDuesCommands } from './dues';
import { registerSystemCommands } from './system';
import { setInitEmptyStore } from './store';
import { registerRecordImportCommands } from './record-import';
import { registerReportCommands } from './report';
import { registerDistrictCommands } from './district';

const COMMANDER_MESSAGES: Record<string, string> = {
  'commander.unknownCommand': '未知的命令',
  'commander.unknownOption': '未知的选项',
  'commander.missingMandatoryOptionValue': '缺少必需的选项',
  'commander.missingArgument': '缺少必需的参数',
  'commander.optionMissingArgument': '选项缺少取值',
  'commander.excessArguments': '参数过多',
  'commander.invalidArgument': '参数不正确',
};

const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Commander writes its help in English; every command of ours gets Chinese headings and usage. */
function localize(command: Command, io: CliIo, isRoot = false): void {
  command
    .helpOption('-h, --help', '显示帮助')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: () => undefined })
    .configureHelp({
      styleTitle: (title: string) => HELP_TITLES[title] ?? title,
      commandUsage(this: Help, cmd: Command) {
        return Help.prototype.commandUsage.call(this, cmd).replace('[options]', '[选项]').replace('[command]', '[命令]');
      },
      // A Chinese character takes two columns in a terminal; commander counts it as one.
      displayWidth: (text: string) =>
        // eslint-disable-next-line no-control-regex -- ANSI colour codes take no columns
        [...text.replace(/\x1b\[\d*(;\d*)*m/g, '')].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0),
      subcommandTerm(this: Help, cmd: Command) {
        return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[选项]');
      },
    })
    .exitOverride();
  if (!isRoot) command.helpCommand(false);
  for (const sub of command.commands) localize(sub, io);
}

export function buildProgram(io: CliIo): Command {
  const program = new Command('union-ledger');
  program
    .description('工会台账命令行：批量导入、导出、备份与统计')
    .version(APP_VERSION, '-v, --version', '显示版本号')
    .helpCommand('help [命令]', '显示某个命令的帮助');
  const members = registerMemberCommands(program, io);
  registerRosterCommands(members, io);
  registerCongressCommands(program, io);
  registerDisclosureCommands(program, io);
  registerWelfareCommands(program, io);
  registerActivityCommands(program, io);
  registerDuesCommands(program, io);
  registerSystemCommands(program, io);
  program.addHelpText('after', '\n数据文件是空文件（0 字节）时，写入类命令会拒绝；确需在其中新建空台账，请加 --init。');
  registerRecordImportCommands(program, io);
  registerReportCommands(program, io);
  registerDistrictCommands(program, io);
  localize(program, io, true);
  return program;
}

/** Runs the CLI and returns the exit code; never lets a stack trace reach the user. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // --init (anywhere on the line) lets a write command take a zero-byte file as a new store.
  setInitEmptyStore(argv.includes('--init'));
  argv = argv.filter((arg) => arg !== '--init');
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CliExit) return error.exitCode;
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      const label = COMMANDER_MESSAGES[error.code] ?? '命令不正确';
      // Commander's sentence is English; the quoted part ('--db <file>', 'lst') is what the user typed or missed.
      const detail = /'([^']+)'/.exec(error.message)?.[1] ?? error.message.replace(/^error:\s*/, '');
      io.err(`${label}：${detail}。运行 npm run cli -- --help 查看用法。`);
      return 2;
    }
    return printCliError(io, error);
  }
}
