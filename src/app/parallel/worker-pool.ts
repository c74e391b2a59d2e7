import { Worker } from 'node:worker_threads';

/**
 * What a pool worker posts: `{ ready: true }` once when it has started, then
 * for each job its value or the message of what it threw.
 */
export type WorkerMessage<O> =
  | { readonly ready: true }
  | { readonly ok: true; readonly value: O }
  | { readonly ok: false; readonly message: string };

interface Job<I, O> {
  readonly input: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<I, O> {
  readonly worker: Worker;
  ready: boolean;
  job: Job<I, O> | null;
  crash: Error | null;
}

/**
 * A fixed number of worker threads running the module at `url`, one job per
 * worker at a time. A worker that crashes on a job (uncaught error, exit, out
 * of memory) fails only that job and is replaced by a fresh one. A worker
 * that dies before it is ready breaks the pool: the module cannot start, so
 * every waiting and later job is rejected with the reason (no respawn loop).
 */
export class WorkerPool<I, O> {
  private readonly slots = new Set<Slot<I, O>>();
  private readonly queue: Job<I, O>[] = [];
  private closed = false;
  private broken: Error | null = null;
  private readonly readyWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  constructor(
    private readonly url: URL,
    readonly size: number,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Resolves once every worker has started; rejects if the module cannot start. */
  ready(): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    if ([...this.slots].every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  run(input: I): Promise<O> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool was closed'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const slot: Slot<I, O> = { worker: new Worker(this.url, { execArgv: workerExecArgv() }), ready: false, job: null, crash: null };
    slot.worker.on('message', (m: WorkerMessage<O>) => this.onMessage(slot, m));
    slot.worker.on('error', (e: Error) => {
      slot.crash = e;
    });
    slot.worker.on('exit', (code) => this.onExit(slot, code));
    this.slots.add(slot);
  }

  private onMessage(slot: Slot<I, O>, m: WorkerMessage<O>): void {
    if ('ready' in m) {
      slot.ready = true;
      if ([...this.slots].every((s) => s.ready)) for (const w of this.readyWaiters.splice(0)) w.resolve();
    } else {
      const job = slot.job;
      slot.job = null;
      if (job && m.ok) job.resolve(m.value);
      else if (job && !m.ok) job.reject(new Error(m.message));
    }
    this.dispatch();
  }

  private onExit(slot: Slot<I, O>, code: number): void {
    this.slots.delete(slot);
    const why = slot.crash?.message ?? `the worker exited with code ${code}`;
    slot.job?.reject(new Error(`the worker reading this file crashed (${why})`));
    slot.job = null;
    if (this.closed) return;
    if (!slot.ready) {
      this.broken = new Error(`worker threads cannot start (${why})`);
      for (const job of this.queue.splice(0)) job.reject(this.broken);
      for (const w of this.readyWaiters.splice(0)) w.reject(this.broken);
      void this.close();
      return;
    }
    this.spawn();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job !== null || slot.crash !== null) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.input);
    }
  }
}

/**
 * The main thread's node options minus those that only make sense for it:
 * `--input-type` and an `--eval` script (a worker given them refuses to start).
 * Memory and profiling flags are kept.
 */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--input-type=') || a.startsWith('--eval=') || a.startsWith('--print=')) continue;
    if (a === '--input-type' || a === '-e' || a === '--eval' || a === '-p' || a === '--print') {
      i++; // and its value
      continue;
    }
    out.push(a);
  }
  return out;
}
