import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import { AsyncView } from '../../components/async-view.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link, useRouter } from '../../router.js';

/** Japanese (and English) full-text search with the matched text highlighted in each snippet. */
export function SearchScreen({ query }: { readonly query: string }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [draft, setDraft] = useState(query);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.trim()) navigate(`/search?q=${encodeURIComponent(draft.trim())}`);
  };
  return (
    <div className="search">
      <form className="search-form" role="search" onSubmit={submit}>
        <input type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('search.placeholder')} aria-label={t('search.title')} autoFocus />
        <button type="submit" className="primary">{t('search.button')}</button>
      </form>
      {query.trim() && <Results key={query} query={query} />}
    </div>
  );
}

function Results({ query }: { readonly query: string }) {
  const { t } = useI18n();
  const [state] = useAsync(() => api.search(query), [query]);
  return (
    <AsyncView state={state}>
      {(results) =>
        results.length === 0 ? (
          <p className="muted">{t('search.noHits')}</p>
        ) : (
          <ol className="results" data-testid="search-results">
            {results.map((r) => (
              <li key={r.documentId}>
                <h3>
                  <Link href={`/documents/${r.documentId}`}>{r.title ?? r.fileName}</Link> <span className="muted">{t('search.hits', { n: r.totalHits })}</span>
                </h3>
                <ul>
                  {r.hits.map((h) => (
                    <li key={h.position} className="snippet">
                      …{h.snippet.before}
                      <mark>{h.snippet.match}</mark>
                      {h.snippet.after}…
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )
      }
    </AsyncView>
  );
}
