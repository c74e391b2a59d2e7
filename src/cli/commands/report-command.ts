import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultReportFileName, loadReport, parseReportRequest, renderHtml, renderMarkdown } from '../../analyse/report/index.js';
import { loadLevelIndex } from '../../analyse/reporting/load-level-index.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';

interface ReportOpts { dyad?: string; compare?: string; from?: string; to?: string; by?: string; out?: string; markdown?: string }

/** Writes a file, or fails naming the option that named it. */
function write(option: string, path: string, text: string): string {
  const full = resolve(path);
  try {
    writeFileSync(full, text);
  } catch (e) {
    throw new CliError(`${option}: cannot write ${full}: ${(e as Error).message}`, 1);
  }
  return full;
}

/** `sokan report`: one self-contained HTML file (and optionally Markdown) of a dyad over a period. */
export function registerReportCommand(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description('write a self-contained HTML report of a dyad (index, asymmetry, comparison, lead–lag, summits, exchanges, timeline, network, claims) with footnotes to the source spans; opens offline')
    .option('--dyad <A,B>', 'two actor codes (RUS,PRK); required')
    .option('--from <date>', 'from date, inclusive (2023, 2023-09, 2023-09-13)')
    .option('--to <date>', 'to date, inclusive')
    .option('--by <period>', 'month, quarter or year (default quarter)')
    .option('--compare <A,B;C,D>', 'dyads to compare with, the first also tested as leading (default: the dyad\'s sides with CHN; "none" for none)')
    .option('--out <file.html>', 'HTML file (default sokan-report-A-B-FROM-TO.html in the current folder)')
    .option('--markdown <file.md>', 'also write the report as Markdown')
    .action(async (o: ReportOpts) => {
      const req = parseReportRequest(o);
      if (!req.ok) throw new CliError(`--${req.error.field} ${req.error.message}`, 2);
      for (const [flag, v] of [['--out', o.out], ['--markdown', o.markdown]] as const) {
        if (v !== undefined && v.trim() === '') throw new CliError(`${flag} must name a file`, 2);
      }
      const report = await ctx.withStore((s) => loadReport(s, req.value, loadLevelIndex()));
      const html = write('--out', o.out ?? defaultReportFileName(req.value), renderHtml(report));
      ctx.print(`wrote ${html} (${report.counts.dyadEvents} events, ${report.counts.claims} claims, ${report.footnotes.length} footnotes)\n`);
      if (o.markdown !== undefined) ctx.print(`wrote ${write('--markdown', o.markdown, renderMarkdown(report))}\n`);
    });
}
