import { useEffect, useMemo } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** A file made in the browser (CSV of the view's rows, …) or a plain API URL to download. */
export type Download =
  | { readonly label: string; readonly href: string; readonly file?: string; readonly newTab?: boolean }
  | { readonly label: string; readonly text: string; readonly type: string; readonly file: string };

function BlobLink({ d }: { readonly d: Extract<Download, { text: string }> }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([d.text], { type: d.type })), [d.text, d.type]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return <a className="button small" href={href} download={d.file}>{d.label}</a>;
}

/** The export buttons of an analysis view. */
export function DownloadBar({ items }: { readonly items: readonly Download[] }) {
  const { t } = useI18n();
  return (
    <span className="exports" data-testid="exports">
      <span className="muted">{t('common.export')}:</span>
      {items.map((d) =>
        'text' in d ? (
          <BlobLink key={d.label} d={d} />
        ) : d.newTab ? (
          <a key={d.label} className="button small" href={d.href} target="_blank" rel="noopener">{d.label}</a>
        ) : (
          <a key={d.label} className="button small" href={d.href} download={d.file ?? ''}>{d.label}</a>
        ),
      )}
    </span>
  );
}
