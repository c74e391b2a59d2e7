import { useI18n } from '../i18n/i18n.js';
import type { LaterScreen as Name } from '../router.js';

/** A screen of the workbench that a later issue builds: says what it will show. */
export function LaterScreen({ name }: { readonly name: Name }) {
  const { t } = useI18n();
  return (
    <section className="panel later" data-testid="later">
      <h2>{t('later.title')}</h2>
      <p>{t('later.body')}</p>
      <p><strong>{t(`later.${name}`)}</strong></p>
    </section>
  );
}
