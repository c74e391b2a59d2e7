import type { ActorCodes } from './actor-codes.js';
import { GDELT1_COLUMNS, GDELT2_COLUMNS, versionOfWidth, type GdeltVersion } from './gdelt-columns.js';
import type { CameoLookup, ParsedLine } from './interop-event.js';
import { parseGdeltFields, type GdeltRowContext } from './parse-gdelt-row.js';
import { TabFields } from './tab-fields.js';

export interface GdeltFileOptions {
  /** 1 or 2; when absent, the first row whose column count fits a version decides for the file. */
  readonly version?: GdeltVersion;
  readonly cameo: CameoLookup;
  readonly codes: ActorCodes;
}

/**
 * Parses a GDELT 1.0 or 2.0 event export line by line (no header row; empty
 * lines ignored). Every line comes out as an event, a malformed row or a
 * skipped row, with its line number.
 */
export async function* parseGdeltLines(lines: AsyncIterable<string>, opts: GdeltFileOptions): AsyncGenerator<ParsedLine> {
  let version = opts.version;
  let line = 0;
  const fields = new TabFields();
  const at = (i: number): string => fields.at(i);
  let ctx: GdeltRowContext | undefined;
  for await (const text of lines) {
    line++;
    if (text === '') continue;
    const width = fields.read(text);
    version ??= versionOfWidth(width);
    if (version === undefined) {
      const widths = [GDELT1_COLUMNS.length - 1, GDELT1_COLUMNS.length, GDELT2_COLUMNS.length];
      yield { kind: 'malformed', line, reason: `expected ${widths.join(', ')} tab-separated columns (GDELT 1.0 or 2.0), got ${width}` };
      continue;
    }
    if (ctx?.version !== version) ctx = { version, cameo: opts.cameo, codes: opts.codes };
    yield parseGdeltFields(width, at, line, ctx);
  }
}
