import type { EventStatus, ReviewState } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-ja.js';
import type { EventFilter } from './event-filter.js';

const STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'cancelled', 'alleged'];
const REVIEWS: readonly ReviewState[] = ['unreviewed', 'confirmed', 'corrected', 'rejected'];
const TEXT_FIELDS: readonly [keyof EventFilter, MessageKey, string][] = [
  ['text', 'events.filter.text', '羅津'],
  ['actor', 'events.filter.actor', 'PRK'],
  ['dyad', 'events.filter.dyad', 'RUS,PRK'],
  ['cameo', 'events.filter.cameo', '04'],
  ['from', 'events.filter.from', '2023'],
  ['to', 'events.filter.to', '2024-06'],
];

/** The filter bar of the Events screen. */
export function EventFilters({ filter, onChange }: { readonly filter: EventFilter; readonly onChange: (f: EventFilter) => void }) {
  const { t } = useI18n();
  const set = (key: keyof EventFilter, value: string) => onChange({ ...filter, [key]: value });
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} role="search">
      {TEXT_FIELDS.map(([key, label, example]) => (
        <label key={key}>
          {t(label)}
          <input name={key} value={filter[key]} placeholder={example} onChange={(e) => set(key, e.target.value)} />
        </label>
      ))}
      <label>
        {t('events.filter.quad')}
        <select name="quad" value={filter.quad} onChange={(e) => set('quad', e.target.value)}>
          <option value="">{t('events.filter.all')}</option>
          {[1, 2, 3, 4].map((q) => <option key={q} value={q}>{q}</option>)}
        </select>
      </label>
      <label>
        {t('events.filter.status')}
        <select name="status" value={filter.status} onChange={(e) => set('status', e.target.value)}>
          <option value="">{t('events.filter.all')}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t('events.filter.review')}
        <select name="review" value={filter.review} onChange={(e) => set('review', e.target.value)}>
          <option value="">{t('events.filter.all')}</option>
          {REVIEWS.map((s) => <option key={s} value={s}>{t(`review.${s}`)}</option>)}
        </select>
      </label>
    </form>
  );
}
