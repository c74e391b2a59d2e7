import { CliError } from './cli-context.js';

/** All of standard input, less one trailing newline (for `--password-stdin`). */
export async function readStdinSecret(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed (raw mode); the prompt goes to stderr. */
export function askHidden(prompt: string, stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (!stdin.isTTY) {
    return Promise.reject(new CliError('no terminal to ask for the password on: pipe it in with --password-stdin', 2));
  }
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (then: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      then();
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(() => resolve(typed));
        if (ch === '\u0003') return finish(() => reject(new CliError('cancelled', 1)));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** A new password: from stdin, or typed twice on the terminal. */
export async function readNewPassword(fromStdin: boolean, who: string): Promise<string> {
  if (fromStdin) return readStdinSecret();
  const first = await askHidden(`new password for ${who}: `);
  const again = await askHidden('the same again: ');
  if (first !== again) throw new CliError('the two passwords differ; nothing changed', 1);
  return first;
}
