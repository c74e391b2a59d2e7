import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalAuditEntry, CHAINED_FIELDS, chainHash, GENESIS_HASH, type ChainedAuditFields } from './chain-hash.js';
import { checkChain, sealRows } from './check-chain.js';

const entry: ChainedAuditFields = {
  id: 1,
  at: '2026-11-25T09:00:00.000Z',
  actor_user: '花子',
  entity: 'events',
  entity_id: 7,
  action: 'correct',
  before_json: '{"cameo":"042"}',
  after_json: '{"cameo":"043"}',
};

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const json = fc.option(fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)), { nil: null });
const fields = fc.record({ at: text, actor_user: text, entity: text, entity_id: fc.integer({ min: 1, max: 1e6 }), action: text, before_json: json, after_json: json });
const chainArb = fc.array(fields, { minLength: 1, maxLength: 6 }).map((rows) => sealRows(rows.map((r, i) => ({ id: i + 1, ...r }))));

/** A different value of the same column type. */
function altered(v: string | number | null): string | number | null {
  if (typeof v === 'number') return v + 1;
  if (v === null) return '{}';
  return `${v}x`;
}

describe('chainHash', () => {
  it('is sha256 hex over a tagged, fixed-order canonical form', () => {
    const shuffled = Object.fromEntries(Object.entries(entry).reverse()) as unknown as ChainedAuditFields;
    expect(canonicalAuditEntry(GENESIS_HASH, shuffled)).toBe(canonicalAuditEntry(GENESIS_HASH, entry));
    expect(canonicalAuditEntry(GENESIS_HASH, entry)).toBe(
      `sokan-audit-v1\n{"id":1,"at":"2026-11-25T09:00:00.000Z","actor_user":"花子","entity":"events","entity_id":7,"action":"correct","before_json":"{\\"cameo\\":\\"042\\"}","after_json":"{\\"cameo\\":\\"043\\"}","prev_hash":"${GENESIS_HASH}"}`,
    );
    expect(chainHash(GENESIS_HASH, entry)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores properties outside the field list', () => {
    expect(chainHash(GENESIS_HASH, { ...entry, hash: 'whatever' } as ChainedAuditFields)).toBe(chainHash(GENESIS_HASH, entry));
  });

  it('tells null from the string "null" and empty strings from missing ones', () => {
    expect(chainHash(GENESIS_HASH, { ...entry, before_json: null })).not.toBe(chainHash(GENESIS_HASH, { ...entry, before_json: 'null' }));
    expect(chainHash(GENESIS_HASH, { ...entry, at: 'a', actor_user: 'b' })).not.toBe(chainHash(GENESIS_HASH, { ...entry, at: 'ab', actor_user: '' }));
  });

  it('property: a sealed chain verifies, and changing any field of any entry makes it fail at that entry', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.constantFrom(...CHAINED_FIELDS), (chain, k, field) => {
        expect(checkChain(chain).ok).toBe(true);
        const i = k % chain.length;
        const row = chain[i]!;
        const tampered = chain.map((r, j) => (j === i ? { ...r, [field]: altered(row[field]) } : r));
        const r = checkChain(tampered);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.id).toBe(field === 'id' ? row.id + 1 : row.id);
      }),
    );
  });

  it('property: re-sealing an altered entry still breaks the link of the next one', () => {
    fc.assert(
      fc.property(chainArb.filter((c) => c.length >= 2), fc.nat(), (chain, k) => {
        const i = k % (chain.length - 1);
        const edited = { ...chain[i]!, after_json: '{"forged":true}' };
        const resealed = { ...edited, hash: chainHash(edited.prev_hash!, edited) };
        const r = checkChain(chain.map((row, j) => (j === i ? resealed : row)));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatchObject({ kind: 'broken-link', id: chain[i + 1]!.id });
      }),
    );
  });
});

describe('checkChain', () => {
  const chain = sealRows([1, 2, 3, 4].map((id) => ({ ...entry, id, entity_id: id })));

  it('reports a deleted entry as missing, naming the entry after the gap', () => {
    const r = checkChain([chain[0]!, chain[2]!, chain[3]!]);
    expect(r).toMatchObject({ ok: false, error: { kind: 'missing-entries', id: 3 } });
    if (!r.ok) expect(r.error.message).toMatch(/entries 2\.\.2 are missing/);
  });

  it('reports swapped contents as altered entries', () => {
    const swapped = [chain[0]!, { ...chain[2]!, id: 2 }, { ...chain[1]!, id: 3 }, chain[3]!];
    expect(checkChain(swapped)).toMatchObject({ ok: false, error: { kind: 'hash-mismatch', id: 2 } });
  });

  it('reports a first entry that does not start from the genesis hash', () => {
    const rest = sealRows([{ ...entry, id: 1 }], 'f'.repeat(64));
    expect(checkChain(rest)).toMatchObject({ ok: false, error: { kind: 'broken-link', id: 1 } });
  });

  it('reports an unsealed entry', () => {
    expect(checkChain([{ ...chain[0]!, hash: null }])).toMatchObject({ ok: false, error: { kind: 'unsealed', id: 1 } });
  });
});
