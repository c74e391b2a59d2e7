import { Worker } from 'node:worker_threads';

/**
 * The pool's protocol. The pool posts `{ id, input }`; a worker answers each
 * job, in the order received and one at a time, with its `id` and its value or
 * the message of what it threw — after `{ ready: true }` once it has started.
 */
export interface WorkerJob<I> {
  readonly id: number;
  readonly input: I;
}

export type WorkerMessage<O> =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly value: O }
  | { readonly id: number; readonly ok: false; readonly message: string };

interface Job<I, O> {
  readonly id: number;
  readonly input: I;
  readonly resolve: (value: O) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<I, O> {
  readonly worker: Worker;
  ready: boolean;
  /** Jobs posted and not answered yet, in the order posted (the worker runs the first). */
  readonly jobs: Job<I, O>[];
  crash: Error | null;
}

/**
 * A fixed number of worker threads running the module at `url`. Each worker
 * is given up to `depth` jobs ahead, which it runs one after the other: a
 * worker must not wait for this thread to hand it the next job, since this
 * thread may be busy for a while (the ingest writer stores a batch in one
 * synchronous transaction; with one job at a time the worker sat idle through
 * every save). A worker that crashes (uncaught error, exit, out of memory)
 * fails only the job it was running — the jobs queued behind it go back to
 * the pool — and is replaced by a fresh one. A worker that dies before it is
 * ready breaks the pool: the module cannot start, so every waiting and later
 * job is rejected with the reason (no respawn loop).
 */
export class WorkerPool<I, O> {
  private readonly slots = new Set<Slot<I, O>>();
  private readonly queue: Job<I, O>[] = [];
  private closed = false;
  private broken: Error | null = null;
  private nextId = 0;
  private readonly readyWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  constructor(
    private readonly url: URL,
    readonly size: number,
    private readonly depth = 1,
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
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool was closed'));
    for (const slot of this.slots) for (const job of slot.jobs.splice(0)) job.reject(new Error('the worker pool was closed'));
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
  }

  private spawn(): void {
    const slot: Slot<I, O> = { worker: new Worker(this.url, { execArgv: workerExecArgv() }), ready: false, jobs: [], crash: null };
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
      const at = slot.jobs.findIndex((j) => j.id === m.id);
      const [job] = at >= 0 ? slot.jobs.splice(at, 1) : [];
      if (job && m.ok) job.resolve(m.value);
      else if (job && !m.ok) job.reject(new Error(m.message));
    }
    this.dispatch();
  }

  private onExit(slot: Slot<I, O>, code: number): void {
    this.slots.delete(slot);
    const why = slot.crash?.message ?? `the worker exited with code ${code}`;
    // the worker runs its jobs in order: the first unanswered one is the one it died on
    const [running, ...waiting] = slot.jobs.splice(0);
    running?.reject(new Error(`the worker reading this file crashed (${why})`));
    if (this.closed) return;
    this.queue.unshift(...waiting);
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
      if (!slot.ready || slot.crash !== null) continue;
      while (this.queue.length > 0 && slot.jobs.length < this.depth) {
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        const message: WorkerJob<I> = { id: job.id, input: job.input };
        slot.worker.postMessage(message);
      }
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
