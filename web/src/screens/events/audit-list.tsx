import type { AuditEntry } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-ja.js';
import { Link } from '../../router.js';
import { changedFields } from './changed-fields.js';

/** Audit rows: who, when, what, and which fields changed (before → after). */
export function AuditList({ entries, linkEvents = false }: { readonly entries: readonly AuditEntry[]; readonly linkEvents?: boolean }) {
  const { t, time } = useI18n();
  return (
    <ol className="audit" data-testid="audit">
      {entries.map((e) => (
        <li key={e.id}>
          <div>
            <strong>{t(`action.${e.action}` as MessageKey)}</strong>{' '}
            {linkEvents ? <Link href={`/events/${e.entityId}`}>#{e.entityId}</Link> : null} <span className="muted">{e.user} · {time(e.at)}</span>
          </div>
          <ul className="changes">
            {changedFields(e.before, e.after).map((c) => (
              <li key={c.field}>
                <code>{c.field}</code>: <del>{c.before}</del> → <ins>{c.after}</ins>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
