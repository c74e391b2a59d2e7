import type {
  Annotations,
  AuditEntry,
  DocumentSummary,
  EventChanges,
  EventWithAudit,
  SearchResult,
  StoreCounts,
  StoredDocument,
  StoredEvent,
} from './types.js';
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
    const body = (await res.json().catch(() => null)) as { error?: { status: number; message: string; current?: StoredEvent } } | null;
    throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`, body?.error?.current ?? null);
  }
  return (await res.json()) as T;
}

const post = <T>(path: string, body: unknown, method = 'POST') => request<T>(path, { method, body: JSON.stringify(body) });

/** Every call the workbench makes, typed. */
export const api = {
  stats: () => request<StoreCounts>('/api/stats'),
  documents: () => request<DocumentSummary[]>('/api/documents'),
  document: (id: number) => request<StoredDocument>(`/api/documents/${id}`),
  annotations: (id: number) => request<Annotations>(`/api/documents/${id}/annotations`),
  events: () => request<StoredEvent[]>('/api/events?limit=100000'),
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
};
