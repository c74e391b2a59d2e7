import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { AsyncState } from './use-async.js';

/** Shows loading and error states, then the content. */
export function AsyncView<T>({ state, children }: { readonly state: AsyncState<T>; readonly children: (value: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (state.status === 'error') return <p className="error" role="alert">{t('common.error')}: {state.message}</p>;
  return <>{children(state.value)}</>;
}
