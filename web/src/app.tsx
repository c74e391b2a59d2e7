import { useState } from 'react';
import { useSession, type Me } from './api/session.js';
import { currentUser, setCurrentUser } from './api/user.js';
import { useI18n } from './i18n/i18n.js';
import type { MessageKey } from './i18n/messages-ja.js';
import { Link, useRouter, type Route } from './router.js';
import { DocumentsScreen } from './screens/documents/documents-screen.js';
import { ReaderScreen } from './screens/documents/reader-screen.js';
import { EventsScreen } from './screens/events/events-screen.js';
import { HomeScreen } from './screens/home/home-screen.js';
import { AnalysisScreenView } from './screens/analysis-screens.js';
import { SearchScreen } from './screens/search/search-screen.js';
import { LoginScreen } from './screens/login/login-screen.js';

const NAV: readonly [string, MessageKey][] = [
  ['/', 'nav.home'],
  ['/documents', 'nav.documents'],
  ['/events', 'nav.events'],
  ['/timeline', 'nav.timeline'],
  ['/index', 'nav.index'],
  ['/network', 'nav.network'],
  ['/map', 'nav.map'],
  ['/claims', 'nav.claims'],
  ['/narratives', 'nav.narratives'],
  ['/hypotheses', 'nav.hypotheses'],
  ['/search', 'nav.search'],
];

const navOf = (r: Route): string => {
  switch (r.screen) {
    case 'home': return '/';
    case 'documents': case 'reader': return '/documents';
    case 'events': return '/events';
    case 'search': return '/search';
    case 'analysis': return `/${r.name}`;
    case 'not-found': return '';
  }
};

function Screen({ route }: { readonly route: Route }) {
  switch (route.screen) {
    case 'home': return <HomeScreen />;
    case 'documents': return <DocumentsScreen />;
    case 'reader': return <ReaderScreen documentId={route.documentId} eventId={route.eventId} />;
    case 'events': return <EventsScreen eventId={route.eventId} />;
    case 'search': return <SearchScreen query={route.query} />;
    case 'analysis': return <AnalysisScreenView name={route.name} />;
    case 'not-found': return <p className="error">404</p>;
  }
}

/** Laptop mode: a free-text analyst name for the audit log. Server mode: the logged-in user, role and a logout button. */
function UserBox({ me }: { readonly me: Me | null }) {
  const { t } = useI18n();
  const { logout } = useSession();
  const [user, setUser] = useState(currentUser);
  if (me === null) return null;
  if (me.mode === 'laptop') {
    return (
      <label className="user">
        {t('app.user')}
        <input value={user} size={8} onChange={(e) => { setUser(e.target.value); setCurrentUser(e.target.value); }} data-testid="user" />
      </label>
    );
  }
  if (me.user === null) return null;
  return (
    <span className="user" data-testid="session-user">
      <strong>{me.user.name}</strong> <span className="muted">({t(`role.${me.user.role}`)})</span>{' '}
      <button type="button" className="small" onClick={() => void logout()} data-testid="logout">{t('login.logout')}</button>
    </span>
  );
}

/** The shell: navigation for every screen, the language switch and who is editing; in server mode the login screen until someone logs in. */
export function App() {
  const { t, lang, setLang } = useI18n();
  const { route } = useRouter();
  const { me, error } = useSession();
  const active = navOf(route);
  const title = NAV.find(([href]) => href === active)?.[1];
  const needsLogin = me !== null && me.mode === 'server' && me.user === null;
  return (
    <div className="shell">
      <header className="topbar">
        <h1><Link href="/">相関 Sokan</Link></h1>
        <span className="muted">{t('app.title')}</span>
        <span className="spacer" />
        <UserBox me={me} />
        <div className="lang" role="group" aria-label={t('app.language')}>
          <button type="button" aria-pressed={lang === 'ja'} onClick={() => setLang('ja')}>日本語</button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>English</button>
        </div>
      </header>
      {me === null ? (
        <main className="main">{error ? <p className="error" role="alert">{error}</p> : <p className="muted">{t('login.checking')}</p>}</main>
      ) : needsLogin ? (
        <main className="main"><LoginScreen /></main>
      ) : (<>
      <nav className="nav" aria-label="screens">
        {NAV.map(([href, key]) => (
          <Link key={href} href={href} className={href === active ? 'active' : ''}>{t(key)}</Link>
        ))}
      </nav>
      <main className="main">
        {title && route.screen !== 'reader' && route.screen !== 'home' && <h2 className="screen-title">{t(title)}</h2>}
        <Screen route={route} />
      </main>
      </>)}
    </div>
  );
}
