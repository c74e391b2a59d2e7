import type { EventStatus, QuadClass, ReviewState } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

export function ReviewBadge({ state }: { readonly state: ReviewState }) {
  const { t } = useI18n();
  return <span className={`badge review-${state}`}>{t(`review.${state}`)}</span>;
}

export function StatusLabel({ status }: { readonly status: EventStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}

export function QuadBadge({ quad }: { readonly quad: QuadClass }) {
  return <span className={`quad quad-${quad}`}>{quad}</span>;
}
