import cliProgress from 'cli-progress';
import type { IngestProgress } from '../app/ingest-documents.js';

/**
 * Shows ingest progress: a bar on an interactive terminal, nothing but the
 * failures and warnings otherwise (so logs and pipes stay clean). Failures
 * are always printed, one line each, naming the file and the reason. A large
 * text file read in parts advances by its bytes: its own bar when it is the
 * only file, its share in megabytes beside the files bar otherwise.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (p: IngestProgress) => void {
  const interactive = Boolean(stream.isTTY) && !process.env['CI'];
  let bar: cliProgress.SingleBar | null = null;
  let bytesBar: cliProgress.SingleBar | null = null;
  const print = (line: string) => stream.write(bar || bytesBar ? `\r\x1b[K${line}\n` : `${line}\n`); // clear the bar's line first
  const name = (path: string) => path.split('/').pop() ?? '';
  const mb = (n: number) => Math.round(n / 1e6);
  return (p) => {
    if (p.type === 'start') {
      if (interactive && p.total > 1) {
        bar = new cliProgress.SingleBar(
          { stream, format: 'ingest [{bar}] {value}/{total} files | {file}', hideCursor: true, clearOnComplete: false },
          cliProgress.Presets.shades_classic,
        );
        bar.start(p.total, 0, { file: '' });
      }
      return;
    }
    if (p.type === 'warning') {
      print(`warning: ${p.message}`);
      return;
    }
    if (p.type === 'bytes') {
      if (!interactive) return;
      if (bar) bar.update({ file: `${name(p.path)} ${mb(p.done)}/${mb(p.total)} MB` });
      else {
        if (!bytesBar) {
          bytesBar = new cliProgress.SingleBar(
            { stream, format: 'ingest [{bar}] {value}/{total} MB | {file}', hideCursor: true, clearOnComplete: false },
            cliProgress.Presets.shades_classic,
          );
          bytesBar.start(mb(p.total), 0, { file: name(p.path) });
        }
        bytesBar.update(mb(p.done));
      }
      return;
    }
    if (bytesBar) {
      bytesBar.stop();
      bytesBar = null;
    }
    const o = p.outcome;
    if (o.kind === 'failed') print(`error: ${o.message}`);
    if (bar) {
      bar.update(p.index, { file: name(o.path) });
      if (p.index === p.total) bar.stop();
    }
  };
}
