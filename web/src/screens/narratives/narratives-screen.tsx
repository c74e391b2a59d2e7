import { useState } from 'react';
import { api } from '../../api/client.js';
import type { DocumentSummary, Features, NarrativeComparison, Statement } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';

/** Two documents' accounts side by side: aligned statements with what each side adds, and statements only one side makes. */
export function NarrativesScreen() {
  const { t } = useI18n();
  const [docs] = useAsync(api.documents, []);
  const [pair, setPair] = useState<[number, number] | null>(null);
  return (
    <AsyncView state={docs}>
      {(list) => (
        <div data-testid="narratives">
          <PairForm docs={list} onCompare={(a, b) => setPair([a, b])} />
          {pair ? <Comparison a={pair[0]} b={pair[1]} /> : <p className="muted">{t('narratives.pick')}</p>}
        </div>
      )}
    </AsyncView>
  );
}

function PairForm({ docs, onCompare }: { readonly docs: readonly DocumentSummary[]; readonly onCompare: (a: number, b: number) => void }) {
  const { t } = useI18n();
  const [a, setA] = useState(docs[0]?.id ?? 0);
  const [b, setB] = useState(docs[1]?.id ?? 0);
  const option = (d: DocumentSummary) => <option key={d.id} value={d.id}>{d.title ?? d.fileName}</option>;
  return (
    <form className="filters viz-filters" onSubmit={(e) => { e.preventDefault(); onCompare(a, b); }}>
      <label>{t('narratives.a')}<select name="a" value={a} onChange={(e) => setA(Number(e.target.value))}>{docs.map(option)}</select></label>
      <label>{t('narratives.b')}<select name="b" value={b} onChange={(e) => setB(Number(e.target.value))}>{docs.map(option)}</select></label>
      <button type="submit" className="primary">{t('narratives.compare')}</button>
    </form>
  );
}

const features = (f: Features) => [...f.actors, ...f.dates, ...f.numbers].join(' ');

function Comparison({ a, b }: { readonly a: number; readonly b: number }) {
  const { t } = useI18n();
  const [state] = useAsync(() => api.narratives(a, b), [a, b]);
  return (
    <AsyncView state={state}>
      {(c) => (
        <>
          <p className="toolbar">
            <span data-testid="narratives-summary">{t('narratives.summary', { aligned: c.summary.aligned, onlyA: c.summary.onlyA, onlyB: c.summary.onlyB })}</span>
            <DownloadBar items={[
              { label: 'CSV', text: narrativesCsv(c), type: 'text/csv', file: `narratives-${a}-${b}.csv` },
              { label: 'JSON', href: `/api/analyses/narratives?a=${a}&b=${b}`, file: `narratives-${a}-${b}.json` },
            ]} />
          </p>
          <table className="grid narratives-table" data-testid="narratives-table">
            <thead>
              <tr>
                <th><Link href={`/documents/${c.a.id}`}>A: {c.a.fileName}</Link></th>
                <th className="num">{t('narratives.score')}</th>
                <th><Link href={`/documents/${c.b.id}`}>B: {c.b.fileName}</Link></th>
              </tr>
            </thead>
            <tbody>
              {c.rows.map((r, i) => (
                <tr key={i} className={`nr-${r.kind}`}>
                  <td>{r.kind !== 'only-b' && <StatementCell s={r.a} docId={c.a.id} extra={r.kind === 'aligned' ? features(r.onlyInA) : ''} />}</td>
                  <td className="num">{r.kind === 'aligned' ? r.score.score.toFixed(2) : <span className="muted">{r.kind === 'only-a' ? t('narratives.onlyA') : t('narratives.onlyB')}</span>}</td>
                  <td>{r.kind !== 'only-a' && <StatementCell s={r.b} docId={c.b.id} extra={r.kind === 'aligned' ? features(r.onlyInB) : ''} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </AsyncView>
  );
}

function StatementCell({ s, docId, extra }: { readonly s: Statement; readonly docId: number; readonly extra: string }) {
  const { t } = useI18n();
  return (
    <>
      <Link href={`/documents/${docId}`} className="muted">[{s.span.start},{s.span.end})</Link> {s.text}
      {extra && <div className="small-note"><span className="badge">{t('narratives.onlyHere')}</span> {extra}</div>}
    </>
  );
}

const narrativesCsv = (c: NarrativeComparison) =>
  toCsv(
    ['kind', 'score', 'a_span', 'a_text', 'only_in_a', 'b_span', 'b_text', 'only_in_b'],
    c.rows.map((r) =>
      r.kind === 'aligned'
        ? [r.kind, r.score.score, `${r.a.span.start}-${r.a.span.end}`, r.a.text, features(r.onlyInA), `${r.b.span.start}-${r.b.span.end}`, r.b.text, features(r.onlyInB)]
        : r.kind === 'only-a'
          ? [r.kind, r.bestScore, `${r.a.span.start}-${r.a.span.end}`, r.a.text, '', '', '', '']
          : [r.kind, r.bestScore, '', '', '', `${r.b.span.start}-${r.b.span.end}`, r.b.text, ''],
    ),
  );
