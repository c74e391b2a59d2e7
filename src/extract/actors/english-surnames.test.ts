import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../ingest/normalise-text.js';
import { createExtractor } from '../create-extractor.js';

/* Family names standing for a person named in full earlier in the same English document. */

const extractor = createExtractor();

function mentions(text: string): string[] {
  const n = normaliseText(text);
  const r = extractor.extract({ normalisedText: n.text, language: 'en', documentDate: null, offsets: n.offsets });
  return r.mentions.map((m) => `${m.surface}=${m.entityId}`);
}

describe('English family names after a full name', () => {
  it('reads the family name first for Korean and Chinese names, last for others', () => {
    const got = mentions('Choe Son Hui met Sergei Lavrov and Wang Yi. Choe thanked Lavrov; Wang left.');
    expect(got).toContain('Choe=person:choe-son-hui');
    expect(got).toContain('Wang=person:wang-yi');
  });

  it('takes the person last named with that family name', () => {
    const got = mentions('Kim Jong Un met Vladimir Putin. Kim Yo Jong spoke later. Then Kim issued a statement.');
    expect(got[got.length - 1]).toBe('Kim=person:kim-yo-jong');
  });

  it('leaves a family name alone before it is named in full, or inside another name', () => {
    expect(mentions('Choe arrived. Choe Son Hui spoke.')).not.toContain('Choe=person:choe-son-hui');
    // "Kim Jong Il" is another person, whatever the gazetteer knows of him
    expect(mentions('Kim Jong Un spoke. Kim Pyong Hae replied.').filter((m) => m.startsWith('Kim='))).toEqual([]);
  });

  it('allows a title before the family name', () => {
    expect(mentions('Choe Son Hui arrived. Foreign Minister Choe then met officials.')).toContain('Choe=person:choe-son-hui');
  });

  it('does nothing in Japanese text', () => {
    const n = normaliseText('崔善姫外相が訪露した。Choeは述べた。');
    const r = extractor.extract({ normalisedText: n.text, language: 'ja', documentDate: null, offsets: n.offsets });
    expect(r.mentions.some((m) => m.surface === 'Choe')).toBe(false);
  });
});
