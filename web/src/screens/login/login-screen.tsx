import { useState, type FormEvent } from 'react';
import { logIn, useSession } from '../../api/session.js';
import { useI18n } from '../../i18n/i18n.js';

/** Shown in server mode until someone logs in: name and password, nothing else of the workbench. */
export function LoginScreen() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      await logIn(name.trim(), password);
      setPassword('');
      await refresh();
    } catch (err) {
      const status = (err as { status?: number }).status;
      setMessage(status === 401 ? t('login.wrong') : status === 429 ? t('login.locked') : err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel login" data-testid="login">
      <h2>{t('login.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('login.name')}
          <input name="username" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required data-testid="login-name" />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required data-testid="login-password" />
        </label>
        {message && <p className="error" role="alert">{message}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t('login.submit')}</button>
        </div>
      </form>
    </section>
  );
}
