import { createExtractor } from '../../extract/create-extractor.js';
import { findDocument } from '../../store/get-document.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../cli-context.js';

/**
 * `sokan explain DOC [--line N]`: re-runs extraction on a stored document and
 * shows, for each event, the rule that fired and its span, and for each
 * rejected trigger, why. `--line N` keeps what lies on line N of the original.
 */
export async function explainCommand(store: Store, docRef: string, line: number | undefined): Promise<string> {
  const doc = await findDocument(store, docRef);
  if (!doc) throw new CliError(`no stored document "${docRef}"; run \`sokan docs\` to see file names and ids`, 1);
  const extraction = createExtractor().extract({
    normalisedText: doc.normalisedText,
    language: doc.language,
    documentDate: doc.publishedDate,
    offsets: doc.offsets,
  });
  const lineOf = lineIndex(doc.originalText);
  const keep = (originalStart: number): boolean => line === undefined || lineOf(originalStart) === line;
  const out: string[] = [`# ${doc.fileName}: ${extraction.events.length} events, ${extraction.rejected.length} rejected triggers`];
  for (const e of extraction.events) {
    if (!keep(e.span.start)) continue;
    const date = e.dateEnd ? `${e.date}/${e.dateEnd}` : e.date;
    out.push(
      `EVENT  line ${lineOf(e.span.start)}  ${date}  ${e.cameo}  ${e.source}->${e.target ?? '-'}  ${e.status}` +
        `${e.location ? `  @${e.location}` : ''}\n       rule ${e.rule}  span ${e.span.start}-${e.span.end}  「${e.quote}」`,
    );
  }
  for (const r of extraction.rejected) {
    const span = doc.offsets.toOriginal(r.start, r.end);
    if (!keep(span.start)) continue;
    const context = doc.normalisedText.slice(Math.max(0, r.start - 20), r.end + 20);
    out.push(`REJECT line ${lineOf(span.start)}  rule ${r.rule}: ${r.reason}\n       「${context}」`);
  }
  return out.join('\n') + '\n';
}

/** 1-based line number of an offset in the original text. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
