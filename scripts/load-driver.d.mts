// Types of load-driver.mjs for the TypeScript load test.
export interface LoadOptions {
  readonly uploads: number;
  readonly analysts: number;
  readonly editsPerAnalyst: number;
  readonly sharedEvents: number;
  readonly readers: number;
  readonly readsPerReader: number;
}
export interface LoadServer {
  readonly url: string;
  readonly db: string;
  readonly bin: string;
  stop(): Promise<void>;
  serverLog(): string;
}
export interface OpFigures {
  readonly op: string;
  readonly count: number;
  readonly p50: number | null;
  readonly p95: number | null;
}
export interface LoadRun {
  readonly seconds: number;
  /** Requests of the concurrent phase. */
  readonly requests: number;
  /** Timed only during the concurrent phase. */
  readonly ops: readonly OpFigures[];
  /** Account set-up and logins, before the concurrent phase. */
  readonly setupOps: readonly OpFigures[];
  readonly statuses: readonly { op: string; status: number }[];
  readonly accepted: readonly { eventId: number; user: string; location: string; version: number }[];
  readonly conflicts: number;
  readonly gaveUp: number;
  readonly uploads: readonly { n: number; name: string; outcomes: readonly { kind: string; documentId: number }[] }[];
  readonly shared: readonly number[];
}
export function startLoadServer(o: { root: string; dir: string }): Promise<LoadServer>;
export function loadDocument(n: number): string;
export function runLoad(url: string, opts: LoadOptions): Promise<LoadRun>;
export function checkLoad(url: string, run: LoadRun, opts: LoadOptions): Promise<string[]>;
export function verifyAudit(bin: string, db: string): { ok: boolean; out: string };
