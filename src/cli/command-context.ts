import type { Store } from '../store/store.js';
import { withStore, type GlobalOptions } from './cli-context.js';

/** What a command registered from a module needs from the program. */
export interface CommandContext {
  /** Runs `fn` with the store named by the global options, closing it after. */
  readonly withStore: <T>(fn: (store: Store) => Promise<T>) => Promise<T>;
  /** Writes to standard output. */
  readonly print: (s: string) => void;
  /** Sets the process exit code (1: failed, 2: bad usage). */
  readonly setExit: (code: number) => void;
}

export function commandContext(opts: () => GlobalOptions, setExit: (code: number) => void): CommandContext {
  return {
    withStore: (fn) => withStore(opts(), fn),
    print: (s) => void process.stdout.write(s),
    setExit,
  };
}
