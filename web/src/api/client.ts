import type {
  AchRating,
  AchReport,
  AchSummary,
  AchWeight,
  ClaimGroup,
  IndexReport,
  Network,
  NarrativeComparison,
  Place,
  Timeline,
  Annotations,
  AuditEntry,
  DocumentSummary,
  EventChanges,
  EventEvidence,
  EventWithAudit,
  SearchResult,
  StoreCounts,
  StoredDocument,
  StoredEvent,
} from './types.js';
import { UNAUTHORIZED_EVENT } from './session.js';
import { currentUser } from './user.js';

/** An error answer of the API, in its one JSON shape; a 409 carries the current record. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly current: StoredEvent | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('X-Sokan-User', currentUser());
  if (init.body !== undefined && typeof init.body === 'string') headers.set('Content-Type', 'application/json');
  const res = await fetch(path, { ...init, headers });
  if (!res.ok) {
    if (res.status === 401) dispatchEvent(new Event(UNAUTHORIZED_EVENT)); // the session ended: the shell shows the login
    const body = (await res.json().catch(() => null)) as { error?: { status: number; message: string; current?: StoredEvent } } | null;
    throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`, body?.error?.current ?? null);
  }
  return (await res.json()) as T;
}

const post = <T>(path: string, body: unknown, method = 'POST') => request<T>(path, { method, body: JSON.stringify(body) });

/** The API's largest page (MAX_PAGE in src/app/parse-event-filters.ts). */
const PAGE = 10000;

/** Every event matching `query` (encoded, without '?'), read page by page. */
async function allEvents(query: string): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (;;) {
    const page = await request<StoredEvent[]>(`/api/events?limit=${PAGE}&offset=${out.length}${query ? `&${query}` : ''}`);
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/** The whole timeline matching `query`, read page by page. */
async function wholeTimeline(query: string): Promise<Timeline> {
  const first = await request<Timeline>(`/api/analyses/timeline?limit=${PAGE}&${query}`);
  const items = [...first.items];
  while (items.length < first.total) {
    const next = await request<Timeline>(`/api/analyses/timeline?limit=${PAGE}&offset=${items.length}&${query}`);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { ...first, items };
}

/** Ids per evidence request (MAX_EVIDENCE_IDS in src/serve/routes/relations-routes.ts). */
const EVIDENCE_IDS = 1000;

/** The evidence behind event ids, in the order given (unknown ids left out), read a chunk of ids at a time. */
async function evidenceOf(ids: readonly number[]): Promise<EventEvidence[]> {
  const byId = new Map<number, EventEvidence>();
  for (let i = 0; i < ids.length; i += EVIDENCE_IDS) {
    const chunk = await request<EventEvidence[]>(`/api/analyses/evidence?ids=${ids.slice(i, i + EVIDENCE_IDS).join(',')}`);
    for (const e of chunk) byId.set(e.eventId, e);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every call the workbench makes, typed. */
export const api = {
  stats: () => request<StoreCounts>('/api/stats'),
  documents: () => request<DocumentSummary[]>('/api/documents'),
  document: (id: number) => request<StoredDocument>(`/api/documents/${id}`),
  annotations: (id: number) => request<Annotations>(`/api/documents/${id}/annotations`),
  events: () => allEvents(''),
  evidence: (ids: readonly number[]) => evidenceOf(ids),
  event: (id: number) => request<EventWithAudit>(`/api/events/${id}`),
  /** Events of the same date (same precision) and actor pair: candidates to merge into `e`. */
  duplicatesOf: async (e: StoredEvent) => {
    const who = e.target ? `dyad=${e.source},${e.target}` : `actor=${e.source}`;
    const same = await request<StoredEvent[]>(`/api/events?${who}&from=${e.date}&to=${e.date}`);
    return same.filter((x) => x.id !== e.id && x.date === e.date);
  },
  audit: (limit = 10) => request<AuditEntry[]>(`/api/audit?limit=${limit}`),
  search: (q: string) => request<SearchResult[]>(`/api/search?q=${encodeURIComponent(q)}`),
  confirm: (e: StoredEvent) => post<StoredEvent>(`/api/events/${e.id}/confirm`, { version: e.version }),
  reject: (e: StoredEvent) => post<StoredEvent>(`/api/events/${e.id}/reject`, { version: e.version }),
  correct: (e: StoredEvent, changes: EventChanges) => post<StoredEvent>(`/api/events/${e.id}`, { version: e.version, changes }, 'PATCH'),
  merge: (keep: StoredEvent, dup: StoredEvent) =>
    post<StoredEvent>(`/api/events/${keep.id}/merge`, { version: keep.version, duplicateId: dup.id, duplicateVersion: dup.version }),
  addEvent: (input: EventChanges & { documentId: number; span: { start: number; end: number }; date: string; cameo: string; source: string }) =>
    post<StoredEvent>('/api/events', input),
  // Analyses (docs/analyses.md); `query` is an already encoded query string without '?'.
  timeline: (query: string) => wholeTimeline(query),
  index: (query: string) => request<IndexReport>(`/api/analyses/index?${query}`),
  network: (query: string) => request<Network>(`/api/analyses/network?${query}`),
  eventsWhere: (query: string) => allEvents(query),
  places: () => request<Place[]>('/api/places'),
  claims: () => request<ClaimGroup[]>('/api/analyses/claims'),
  narratives: (a: number, b: number) => request<NarrativeComparison>(`/api/analyses/narratives?a=${a}&b=${b}`),
  achList: () => request<AchSummary[]>('/api/ach'),
  ach: (id: number) => request<AchReport>(`/api/ach/${id}`),
  achCreate: (title: string, question: string) => post<{ id: number }>('/api/ach', question ? { title, question } : { title }),
  achDelete: (id: number) => request<{ deleted: number }>(`/api/ach/${id}`, { method: 'DELETE' }),
  achHypothesis: (id: number, text: string) => post<{ id: number }>(`/api/ach/${id}/hypotheses`, { text }),
  achEvidence: (id: number, e: { text: string; credibility: AchWeight; relevance: AchWeight; eventId?: number }) => post<{ id: number }>(`/api/ach/${id}/evidence`, e),
  achRate: (id: number, hypothesis: number, evidenceId: number, rating: AchRating) =>
    post<AchReport>(`/api/ach/${id}/ratings`, { ratings: [{ hypothesis, evidenceId, rating }] }, 'PUT'),
};
