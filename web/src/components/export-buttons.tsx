import { useI18n } from '../i18n/i18n.js';

/** Download links for a view's data; each link is a plain API URL. */
export function ExportButtons({ links }: { readonly links: readonly { readonly label: string; readonly href: string }[] }) {
  const { t } = useI18n();
  return (
    <div className="exports" aria-label={t('common.export')}>
      <span className="muted">{t('common.export')}:</span>
      {links.map((l) => (
        <a key={l.href} className="button small" href={l.href} download>
          {l.label}
        </a>
      ))}
    </div>
  );
}
