import type { Command } from 'commander';
import { createExtractor } from '../../extract/create-extractor.js';
import { EXTRACTOR_VERSION } from '../../extract/extractor-version.js';
import { findDocument, getDocument } from '../../store/get-document.js';
import { listDocuments } from '../../store/list-documents.js';
import { replaceExtraction } from '../../store/replace-extraction.js';
import type { Store } from '../../store/store.js';
import { toStoredMentions } from '../../store/stored-mention.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';

/**
 * `sokan reextract [DOC...]`: runs the current extractor again over stored
 * documents (all of them without arguments), for instance after the rules in
 * data/ were edited. Each document is replaced in its own transaction; events
 * an analyst reviewed or added are kept.
 */
export function registerReextractCommand(program: Command, ctx: CommandContext): void {
  program
    .command('reextract')
    .description('run the current extraction rules again over stored documents (all without arguments); reviewed events are kept')
    .argument('[docs...]', 'document file names or ids')
    .action(async (docs: string[]) => ctx.setExit(await ctx.withStore((store) => reextract(store, docs, ctx.print))));
}

async function reextract(store: Store, refs: readonly string[], print: (s: string) => void): Promise<number> {
  const ids = refs.length > 0 ? await resolve(store, refs) : (await listDocuments(store)).map((d) => d.id);
  const extractor = createExtractor();
  let events = 0;
  let removed = 0;
  for (const id of ids) {
    const doc = await getDocument(store, id);
    if (!doc) continue;
    const extraction = extractor.extract({
      normalisedText: doc.normalisedText, language: doc.language, documentDate: doc.publishedDate, offsets: doc.offsets,
    });
    const r = await replaceExtraction(store, doc.id, {
      mentions: toStoredMentions(extraction.mentions, doc.offsets),
      events: extraction.events,
      claims: extraction.claims,
      extractorVersion: EXTRACTOR_VERSION,
    });
    if (r.ok) {
      events += r.value.events;
      removed += r.value.removedEvents;
    }
  }
  print(`${ids.length} documents re-extracted with ${EXTRACTOR_VERSION}: ${events} event sources stored, ${removed} events no longer found\n`);
  return 0;
}

async function resolve(store: Store, refs: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const ref of refs) {
    const doc = await findDocument(store, ref);
    if (!doc) throw new CliError(`no stored document "${ref}"; run \`sokan docs\` to see file names and ids`, 1);
    ids.push(doc.id);
  }
  return ids;
}
