import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createExtractor } from '../create-extractor.js';
import { normaliseText } from '../../ingest/normalise-text.js';
const extractor = createExtractor();
it('probe', () => {
  const lines = readFileSync('/tmp/probe/in.txt', 'utf8').split('\n').filter(Boolean);
  for (const l of lines) {
    const n = normaliseText(l);
    const r = extractor.extract({ normalisedText: n.text, language: 'en', documentDate: '2024-01-01', offsets: n.offsets });
    console.log('\n>> ' + l);
    console.log('  mentions: ' + r.mentions.map((m) => `${m.surface}[${m.code},${m.kind},${m.marker}]`).join(' '));
    for (const e of r.events) console.log(`  EV ${e.rule} ${e.cameo} ${e.source}->${e.target} ${e.date} ${e.status} loc=${e.location} q="${e.quote}"`);
    for (const j of r.rejected) console.log(`  REJ ${j.rule} "${n.text.slice(j.start, j.end)}" ${j.reason}`);
  }
});
