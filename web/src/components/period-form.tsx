import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** The period window and dyad of a view, as the API takes them. */
export interface ViewFilter {
  readonly dyad: string;
  readonly from: string;
  readonly to: string;
}

const DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The query string (without '?') of a filter: empty fields are left out. Pure. */
export function filterQuery(f: Partial<ViewFilter> & Readonly<Record<string, string | undefined>>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v.trim() !== '') p.set(k, v.trim());
  return p.toString();
}

/** Dyad (optional), from and to, applied on submit. `extra` holds a screen's own fields. */
export function PeriodForm({ value, onApply, withDyad = true, dyadRequired = false, children }: {
  readonly value: ViewFilter;
  readonly onApply: (f: ViewFilter) => void;
  readonly withDyad?: boolean;
  readonly dyadRequired?: boolean;
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  const [f, setF] = useState(value);
  return (
    <form className="filters viz-filters" onSubmit={(e) => { e.preventDefault(); onApply(f); }} data-testid="view-filter">
      {withDyad && (
        <label>{t('viz.dyad')}
          <input name="dyad" value={f.dyad} list="main-dyads" placeholder="RUS,PRK" size={10} required={dyadRequired} pattern="[A-Za-z]{3},[A-Za-z]{3}" onChange={(e) => setF({ ...f, dyad: e.target.value.toUpperCase() })} />
        </label>
      )}
      <datalist id="main-dyads"><option value="RUS,PRK" /><option value="CHN,PRK" /><option value="CHN,RUS" /></datalist>
      <label>{t('viz.from')}<input name="from" value={f.from} placeholder="2023" size={10} pattern={DATE} onChange={(e) => setF({ ...f, from: e.target.value })} /></label>
      <label>{t('viz.to')}<input name="to" value={f.to} placeholder="2025-12" size={10} pattern={DATE} onChange={(e) => setF({ ...f, to: e.target.value })} /></label>
      {children}
      <button type="submit" className="primary">{t('viz.apply')}</button>
    </form>
  );
}
