import cliProgress from 'cli-progress';
import type { IngestProgress } from '../app/ingest-documents.js';

/**
 * Shows ingest progress: a bar on an interactive terminal, nothing but the
 * failures otherwise (so logs and pipes stay clean). Failures are always
 * printed, one line each, naming the file and the reason.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (p: IngestProgress) => void {
  const interactive = Boolean(stream.isTTY) && !process.env['CI'];
  let bar: cliProgress.SingleBar | null = null;
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
    const o = p.outcome;
    if (o.kind === 'failed') {
      const line = `error: ${o.message}`;
      // Clear the bar's line first so the message is not drawn over it.
      stream.write(bar ? `\r\x1b[K${line}\n` : `${line}\n`);
    }
    if (bar) {
      bar.update(p.index, { file: o.path.split('/').pop() ?? '' });
      if (p.index === p.total) bar.stop();
    }
  };
}
