import { createContext, useContext, useEffect, useState, type MouseEvent, type ReactNode } from 'react';

/** Every screen of the workbench, as a typed route. */
export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'documents' }
  | { readonly screen: 'reader'; readonly documentId: number; readonly eventId: number | null }
  | { readonly screen: 'events'; readonly eventId: number | null }
  | { readonly screen: 'search'; readonly query: string }
  | { readonly screen: 'analysis'; readonly name: AnalysisScreen }
  | { readonly screen: 'not-found' };

/** The analysis screens: one folder each under screens/. */
export const ANALYSIS_SCREENS = ['timeline', 'index', 'network', 'map', 'claims', 'narratives', 'hypotheses'] as const;
export type AnalysisScreen = (typeof ANALYSIS_SCREENS)[number];

const id = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);

/** The route of a location. Pure. */
export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  const params = new URLSearchParams(search);
  const [first, second] = parts;
  if (first === undefined) return { screen: 'home' };
  if (first === 'documents') {
    const doc = id(second);
    return doc === null ? { screen: 'documents' } : { screen: 'reader', documentId: doc, eventId: id(params.get('event') ?? undefined) };
  }
  if (first === 'events') return { screen: 'events', eventId: id(second) };
  if (first === 'search') return { screen: 'search', query: params.get('q') ?? '' };
  const analysis = ANALYSIS_SCREENS.find((s) => s === first);
  if (analysis !== undefined) return { screen: 'analysis', name: analysis };
  return { screen: 'not-found' };
}

const RouterContext = createContext<{ route: Route; navigate: (href: string) => void } | null>(null);

export function RouterProvider({ children }: { readonly children: ReactNode }) {
  const read = () => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState<Route>(read);
  useEffect(() => {
    const onPop = () => setRoute(read());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const navigate = (href: string) => {
    history.pushState(null, '', href);
    setRoute(read());
    scrollTo(0, 0);
  };
  return <RouterContext.Provider value={{ route, navigate }}>{children}</RouterContext.Provider>;
}

export function useRouter() {
  const v = useContext(RouterContext);
  if (v === null) throw new Error('useRouter outside RouterProvider');
  return v;
}

/** An in-app link: a real `<a href>` that navigates without reloading. */
export function Link({ href, children, className }: { readonly href: string; readonly children: ReactNode; readonly className?: string }) {
  const { navigate } = useRouter();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
