import { api } from '../../api/client.js';
import { useCanEdit } from '../../api/session.js';
import { AsyncView } from '../../components/async-view.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import { UploadPanel } from './upload-panel.js';

/** The document list, with uploads of files and folders. */
export function DocumentsScreen() {
  const { t, date, num } = useI18n();
  const [state, reload] = useAsync(api.documents, []);
  const editable = useCanEdit();
  return (
    <div>
      {editable && <UploadPanel onIngested={reload} />}
      <AsyncView state={state}>
        {(docs) => (
          <table className="grid" data-testid="documents">
            <thead>
              <tr>
                <th>{t('docs.docTitle')}</th>
                <th>{t('docs.file')}</th>
                <th>{t('docs.lang')}</th>
                <th>{t('docs.date')}</th>
                <th className="num">{t('docs.events')}</th>
                <th className="num">{t('docs.claims')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link href={`/documents/${d.id}`}>{d.title ?? d.fileName}</Link>
                  </td>
                  <td className="muted">{d.fileName}</td>
                  <td>{d.language}</td>
                  <td>{date(d.publishedDate)}</td>
                  <td className="num">{num(d.eventCount)}</td>
                  <td className="num">{num(d.claimCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncView>
    </div>
  );
}
