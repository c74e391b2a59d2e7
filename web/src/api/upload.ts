import type { UploadOutcome, UploadSummary } from './types.js';
import { UNAUTHORIZED_EVENT } from './session.js';
import { currentUser } from './user.js';

export type UploadEvent =
  | { readonly type: 'start'; readonly total: number }
  | { readonly type: 'file'; readonly outcome: UploadOutcome }
  | { readonly type: 'done'; readonly summary: UploadSummary };

/** A file to send, under the name to report it by (a folder's relative path for folder uploads). */
export interface UploadFile {
  readonly file: File;
  readonly name: string;
}

/**
 * Sends files to POST /api/documents and reports each file's outcome as the
 * server's Server-Sent Events arrive (the stream is read with fetch, so the
 * request can be a multipart POST).
 */
export async function uploadFiles(files: readonly UploadFile[], onEvent: (e: UploadEvent) => void): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('files', f.file, f.name);
  const res = await fetch('/api/documents', { method: 'POST', body: form, headers: { Accept: 'text/event-stream', 'X-Sokan-User': currentUser() } });
  if (!res.ok || res.body === null) {
    if (res.status === 401) dispatchEvent(new Event(UNAUTHORIZED_EVENT));
    const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const parsed = parseSse(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (parsed !== null) onEvent(parsed);
    }
  }
}

/** One SSE message (`event:` and `data:` lines) as an upload event; null for anything else. */
export function parseSse(block: string): UploadEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length === 0) return null;
  const payload = JSON.parse(data.join('\n')) as unknown;
  if (event === 'start') return { type: 'start', total: (payload as { total: number }).total };
  if (event === 'file') return { type: 'file', outcome: payload as UploadOutcome };
  if (event === 'done') return { type: 'done', summary: payload as UploadSummary };
  return null;
}
