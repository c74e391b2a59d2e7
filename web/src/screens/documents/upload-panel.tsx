import { useState, type ChangeEvent } from 'react';
import type { UploadOutcome, UploadSummary } from '../../api/types.js';
import { uploadFiles, type UploadFile } from '../../api/upload.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';

interface Row {
  readonly name: string;
  readonly outcome: UploadOutcome | null;
}

/** The name a file is reported under: its path inside the folder for folder uploads. */
const nameOf = (f: File) => f.webkitRelativePath || f.name;

/** Upload of files or a whole folder, with each file's outcome as the server ingests it. */
export function UploadPanel({ onIngested }: { readonly onIngested: () => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [summary, setSummary] = useState<UploadSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async (e: ChangeEvent<HTMLInputElement>) => {
    const files: UploadFile[] = [...(e.target.files ?? [])].map((file) => ({ file, name: nameOf(file) }));
    e.target.value = '';
    if (files.length === 0) return;
    setRows(files.map((f) => ({ name: f.name, outcome: null })));
    setSummary(null);
    setError(null);
    setBusy(true);
    try {
      await uploadFiles(files, (ev) => {
        if (ev.type === 'file') setRows((rs) => rs.map((r) => (r.name === ev.outcome.name && r.outcome === null ? { ...r, outcome: ev.outcome } : r)));
        if (ev.type === 'done') setSummary(ev.summary);
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      onIngested();
    }
  };

  const done = rows.filter((r) => r.outcome !== null).length;
  return (
    <section className="upload" aria-labelledby="upload-h">
      <h2 id="upload-h" className="visually-hidden">{t('docs.upload')}</h2>
      <label className="button">
        {t('docs.upload')}
        <input type="file" multiple accept=".txt,.text,.md,.markdown,.html,.htm,.pdf" onChange={start} disabled={busy} data-testid="upload-files" />
      </label>
      <label className="button">
        {t('docs.uploadFolder')}
        <input type="file" multiple onChange={start} disabled={busy} data-testid="upload-folder" {...{ webkitdirectory: '' }} />
      </label>
      {rows.length > 0 && (
        <div className="upload-status" data-testid="upload-status">
          <p>
            {busy ? t('docs.uploading') : t('docs.uploadDone')}: {done} / {rows.length}
            <progress max={rows.length} value={done} />
          </p>
          <ul>
            {rows.map((r) => (
              <li key={r.name} className={`outcome-${r.outcome?.kind ?? 'waiting'}`}>
                <span className="file">{r.name}</span> — <OutcomeText outcome={r.outcome} />
              </li>
            ))}
          </ul>
          {summary && <p className="muted">{summary.stored} {t('docs.stored')}, {summary.duplicates} {t('docs.duplicate')}, {summary.failed} {t('docs.failed')}; {summary.events} {t('docs.events')}, {summary.claims} {t('docs.claims')}</p>}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}

function OutcomeText({ outcome }: { readonly outcome: UploadOutcome | null }) {
  const { t } = useI18n();
  if (outcome === null) return <span className="muted">{t('docs.waiting')}</span>;
  if (outcome.kind === 'failed') return <span className="error">{t('docs.failed')}: {outcome.message}</span>;
  const link = <Link href={`/documents/${outcome.documentId}`}>#{outcome.documentId}</Link>;
  if (outcome.kind === 'duplicate') return <span>{t('docs.duplicate')} {link}</span>;
  return <span>{t('docs.stored')} {link}: {outcome.events} {t('docs.events')}, {outcome.claims} {t('docs.claims')}</span>;
}
