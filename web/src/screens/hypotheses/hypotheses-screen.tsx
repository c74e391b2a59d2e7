import { useState } from 'react';
import { api } from '../../api/client.js';
import { useCanEdit } from '../../api/session.js';
import { ACH_RATINGS, ACH_WEIGHTS, type AchRating, type AchReport, type AchWeight } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';

/** Analyses of Competing Hypotheses: pick or start one, add hypotheses and evidence, rate each cell. */
export function HypothesesScreen() {
  const { t, time } = useI18n();
  const [list, reloadList] = useAsync(api.achList, []);
  const editable = useCanEdit();
  const [open, setOpen] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setError(null);
    try {
      const a = await api.achCreate(title.trim(), question.trim());
      setTitle('');
      setQuestion('');
      reloadList();
      setOpen(a.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="ach" data-testid="hypotheses">
      <section className="panel">
        <AsyncView state={list}>
          {(items) => items.length === 0 ? <p className="muted">{t('ach.none')}</p> : (
            <ul className="plain-list" data-testid="ach-list">
              {items.map((a) => (
                <li key={a.id}>
                  <button type="button" className={open === a.id ? 'link active' : 'link'} onClick={() => setOpen(a.id)}>{a.title}</button>
                  <span className="muted"> · {t('ach.counts', { h: a.hypotheses, e: a.evidence })} · {time(a.updatedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </AsyncView>
        {editable && <form className="filters viz-filters" onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <label>{t('ach.title')}<input name="title" value={title} onChange={(e) => setTitle(e.target.value)} required size={30} /></label>
          <label>{t('ach.question')}<input name="question" value={question} onChange={(e) => setQuestion(e.target.value)} size={40} /></label>
          <button type="submit" className="primary">{t('ach.create')}</button>
        </form>}
        {error && <p className="error" role="alert">{error}</p>}
      </section>
      {open !== null && <Matrix key={open} id={open} onChanged={reloadList} onDeleted={() => { setOpen(null); reloadList(); }} />}
    </div>
  );
}

function Matrix({ id, onChanged, onDeleted }: { readonly id: number; readonly onChanged: () => void; readonly onDeleted: () => void }) {
  const [state, reload] = useAsync(() => api.ach(id), [id]);
  const changed = () => { reload(); onChanged(); };
  return <AsyncView state={state}>{(r) => <MatrixView report={r} onChanged={changed} onDeleted={onDeleted} />}</AsyncView>;
}

function MatrixView({ report, onChanged, onDeleted }: { readonly report: AchReport; readonly onChanged: () => void; readonly onDeleted: () => void }) {
  const { t } = useI18n();
  const id = report.analysis.id;
  const editable = useCanEdit();
  const [hyp, setHyp] = useState('');
  const [ev, setEv] = useState<{ text: string; credibility: AchWeight; relevance: AchWeight; eventId: string }>({ text: '', credibility: 'medium', relevance: 'medium', eventId: '' });
  const [error, setError] = useState<string | null>(null);
  const run = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    onChanged();
  };
  const rate = (h: number, e: number, r: AchRating) => run(() => api.achRate(id, h, e, r));
  return (
    <section className="panel" data-testid="ach-matrix">
      <header className="panel-head">
        <h3>{report.analysis.title}</h3>
        <DownloadBar items={[
          { label: 'CSV', text: achCsv(report), type: 'text/csv', file: `ach-${id}.csv` },
          { label: 'JSON', href: `/api/ach/${id}`, file: `ach-${id}.json` },
        ]} />
      </header>
      {report.analysis.question && <p>{report.analysis.question}</p>}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="table-scroll">
        <table className="grid ach-grid">
          <thead>
            <tr>
              <th>{t('ach.evidence')}</th>
              <th>{t('ach.weight')}</th>
              {report.hypotheses.map((h) => <th key={h.id} title={h.text} className="ach-h">{h.label}<div className="muted small-note">{h.text}</div></th>)}
              <th>{t('ach.diagnostic')}</th>
            </tr>
          </thead>
          <tbody>
            {report.evidence.map((e, i) => (
              <tr key={e.id} className={report.sensitiveEvidence.includes(e.id) ? 'sensitive' : ''}>
                <td>
                  <strong>E{i + 1}</strong> {e.text}
                  {e.event && <div className="small-note"><Link href={`/events/${e.event.id}`}>#{e.event.id} {e.event.cameo} {e.event.source}→{e.event.target ?? '—'}</Link></div>}
                  {e.document && <div className="small-note"><Link href={`/documents/${e.document.id}`}>{e.document.fileName}</Link></div>}
                </td>
                <td className="muted">{t(`ach.w.${e.credibility}`)}/{t(`ach.w.${e.relevance}`)}</td>
                {report.hypotheses.map((h) => (
                  <td key={h.id} className={`rating r-${e.ratings[h.label] ?? 'N'}`}>
                    <select disabled={!editable} aria-label={`E${e.id} ${h.label}`} value={e.ratings[h.label] ?? 'N'} onChange={(x) => void rate(h.id, e.id, x.target.value as AchRating)}>
                      {ACH_RATINGS.map((r) => <option key={r} value={r}>{r}</option>)}
                    </select>
                  </td>
                ))}
                <td>{e.diagnostic ? t('ach.yes') : ''}{report.sensitiveEvidence.includes(e.id) ? ` · ${t('ach.sensitive')}` : ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr><th>{t('ach.inconsistency')}</th><td />{report.hypotheses.map((h) => <td key={h.id} className="num">{h.inconsistency}</td>)}<td /></tr>
            <tr><th>{t('ach.weighted')}</th><td />{report.hypotheses.map((h) => <td key={h.id} className="num">{h.weightedInconsistency}</td>)}<td /></tr>
            <tr><th>{t('ach.rank')}</th><td />{report.hypotheses.map((h) => <td key={h.id} className={`num${h.rank === 1 ? ' leader' : ''}`} data-testid="ach-rank">{h.rank}</td>)}<td /></tr>
          </tfoot>
        </table>
      </div>
      {report.leaders.length > 0 && <p>{t('ach.leaders')}: <strong>{report.leaders.join(', ')}</strong></p>}
      {editable && <div className="columns">
        <form className="form" onSubmit={(e) => { e.preventDefault(); const text = hyp; setHyp(''); void run(() => api.achHypothesis(id, text)); }}>
          <label>{t('ach.addHypothesis')}<input name="hypothesis" value={hyp} onChange={(e) => setHyp(e.target.value)} required /></label>
          <div className="actions"><button type="submit">{t('ach.add')}</button></div>
        </form>
        <form className="form" onSubmit={(e) => {
          e.preventDefault();
          const body = { text: ev.text, credibility: ev.credibility, relevance: ev.relevance, ...(ev.eventId ? { eventId: Number(ev.eventId) } : {}) };
          setEv({ ...ev, text: '', eventId: '' });
          void run(() => api.achEvidence(id, body));
        }}>
          <label>{t('ach.addEvidence')}<input name="evidence" value={ev.text} onChange={(e) => setEv({ ...ev, text: e.target.value })} required /></label>
          <div className="actions">
            <label>{t('ach.credibility')}<select value={ev.credibility} onChange={(e) => setEv({ ...ev, credibility: e.target.value as AchWeight })}>{ACH_WEIGHTS.map((w) => <option key={w} value={w}>{t(`ach.w.${w}`)}</option>)}</select></label>
            <label>{t('ach.relevance')}<select value={ev.relevance} onChange={(e) => setEv({ ...ev, relevance: e.target.value as AchWeight })}>{ACH_WEIGHTS.map((w) => <option key={w} value={w}>{t(`ach.w.${w}`)}</option>)}</select></label>
            <label>{t('ach.eventId')}<input name="eventId" value={ev.eventId} inputMode="numeric" pattern="\d*" size={6} onChange={(e) => setEv({ ...ev, eventId: e.target.value })} /></label>
          </div>
          <div className="actions"><button type="submit">{t('ach.add')}</button></div>
        </form>
      </div>}
      {editable && <div className="actions"><button type="button" className="danger" onClick={() => { if (confirm(t('ach.confirmDelete'))) void api.achDelete(id).then(onDeleted); }}>{t('ach.delete')}</button></div>}
    </section>
  );
}

const achCsv = (r: AchReport) =>
  toCsv(
    ['evidence_id', 'text', 'credibility', 'relevance', 'event_id', ...r.hypotheses.map((h) => h.label), 'diagnostic'],
    [
      ...r.evidence.map((e) => [e.id, e.text, e.credibility, e.relevance, e.event?.id, ...r.hypotheses.map((h) => e.ratings[h.label] ?? 'N'), e.diagnostic]),
      ['inconsistency', '', '', '', '', ...r.hypotheses.map((h) => h.inconsistency), ''],
      ['rank', '', '', '', '', ...r.hypotheses.map((h) => h.rank), ''],
    ],
  );
