/**
 * `district import|summary|export`: the district roll-up from the command line, through dispatch
 * like every command. import exits 0 when every file was taken, 1 when any was refused (each named).
 */
import { progressOption, withCliProgress } from './progress';
import type { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { currentYear } from '../../shared/report/schema';
import { call, optionNumber } from './call';
import { CliExit, EXIT_INPUT_ERRORS, printCliError, type CliIo } from './io';
import { withStore } from './store';

async function guarded(io: CliIo, json: boolean | undefined, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof CliExit) throw error;
    throw new CliExit(printCliError(io, error, json === true));
  }
}

export function registerDistrictCommands(program: Command, io: CliIo): Command {
  const district = program.command('district').description('基层汇总：接收基层学校报送的年度台账、汇总与导出');

  progressOption(district
    .command('import')
    .description('接收基层学校报送的年度台账（可一次接收多个文件，每个文件要么完整接收，要么不接收）')
    .argument('<files...>', '报送的“学校名-年度台账.xlsx”文件')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--year <year>', '只接收该年度的台账（默认按各文件自身的年度）')
    .option('--add-schools', '把不在基层工会名单中的学校加入名单')
    .option('--json', '以 JSON 输出'))
    .action(async (files: string[], options: { db: string; year?: string; addSchools?: boolean; json?: boolean; progress?: string }) => {
      await guarded(io, options.json, () =>
        withStore(options.db, true, async (ctx) => {
          const unreadable: { fileName: string; error: string }[] = [];
          const readable: { fileName: string; contentBase64: string; addSchool: boolean }[] = [];
          for (const file of files) {
            const fileName = path.basename(file);
            try {
              readable.push({ fileName, contentBase64: fs.readFileSync(file).toString('base64'), addSchool: options.addSchools === true });
            } catch {
              unreadable.push({ fileName, error: `“${fileName}”无法读取：文件不存在或没有读取权限（${path.resolve(file)}）。` });
            }
          }
          const result = readable.length
            ? await withCliProgress(io, options.progress, () => call(ctx, 'district.receive.commit', { year: optionNumber(options.year), files: readable }))
            : { files: [], taken: 0, refused: 0 };
          const refused = result.refused + unreadable.length;
          if (options.json) {
            io.out(JSON.stringify({ ...result, refused, unreadable }, null, 2));
          } else {
            for (const f of result.files) {
              if (f.ok) io.out(`已接收：${f.fileName}（${f.schoolName}，${f.year}年度${f.replaces ? '，替换了此前的报送' : ''}）`);
              else io.err(`未接收：${f.error ?? f.fileName}`);
            }
            for (const u of unreadable) io.err(`未接收：${u.error}`);
            io.out(`共 ${files.length} 个文件，接收 ${result.taken} 个，未接收 ${refused} 个。`);
          }
          if (refused > 0) throw new CliExit(EXIT_INPUT_ERRORS);
        }),
      );
    });

  district
    .command('summary')
    .description('某年度的汇总：已报送和未报送的学校、各项合计、逐校统计')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--year <year>', '年份，例如 2026（默认今年）')
    .option('--json', '以 JSON 输出')
    .action(async (options: { db: string; year?: string; json?: boolean }) => {
      await guarded(io, options.json, () =>
        withStore(options.db, false, async (ctx) => {
          const s = await call(ctx, 'district.summary', { year: optionNumber(options.year) ?? currentYear() });
          if (options.json) {
            io.out(
              JSON.stringify(
                {
                  year: s.year,
                  schools: s.reported,
                  expected: s.expected,
                  missing: s.missing.map((m) => m.name),
                  totals: s.totals,
                  bySchool: s.schools
                    .filter((r) => r.reported)
                    .map((r) => ({ name: r.name, type: r.type, staff: r.staff, receivedAt: r.receivedAt, figures: r.figures, failing: r.failing })),
                },
                null,
                2,
              ),
            );
            return;
          }
          io.out(`${s.year}年度基层汇总：应报送 ${s.expected} 所，已报送 ${s.reported} 所`);
          if (s.missing.length) io.out(`未报送：${s.missing.map((m) => `${m.name}${m.contact ? `（${m.contact}${m.phone ? ` ${m.phone}` : ''}）` : ''}`).join('、')}`);
          for (const c of s.checks) io.out(`${c.title}：${c.schools.map((x) => `${x.name}（${x.detail}）`).join('；')}`);
          io.out('');
          io.out('工作总结表述：');
          io.out(s.sentences.join(''));
        }),
      );
    });

  district
    .command('export')
    .description('导出汇总表工作簿（xlsx）：每校一行并有合计行')
    .argument('<file>', '要写入的 .xlsx 文件')
    .requiredOption('--db <file>', '数据文件路径')
    .option('--year <year>', '年份，例如 2026（默认今年）')
    .action(async (file: string, options: { db: string; year?: string }) => {
      await guarded(io, false, async () => {
        if (!file.toLowerCase().endsWith('.xlsx')) throw new AppError('VALIDATION', `文件名应以 .xlsx 结尾：${file}`);
        await withStore(options.db, false, async (ctx) => {
          const download = await call(ctx, 'district.export.summary', { year: optionNumber(options.year) ?? currentYear() });
          const target = path.resolve(file);
          try {
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.writeFileSync(target, Buffer.from(download.contentBase64, 'base64'));
          } catch (error) {
            throw new AppError('FILE', `无法写入文件：${target}（${error instanceof Error ? error.message : String(error)}）`);
          }
          io.out(`已导出汇总表：${target}`);
        });
      });
    });
  return district;
}
