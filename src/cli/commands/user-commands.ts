import { Option, type Command } from 'commander';
import type { Result } from '../../core/result.js';
import {
  addAccount, createSession, findAccount, hashPassword, listAccounts, passwordProblem, removeAccount, setPasswordHash, setRole,
  type Account, type AccountError,
} from '../../store/accounts/index.js';
import type { Store } from '../../store/store.js';
import { CliError } from '../cli-context.js';
import type { CommandContext } from '../command-context.js';
import { formatRows, type OutputFormat } from '../format-output.js';
import { readNewPassword } from '../read-password.js';

function unwrap(r: Result<Account, AccountError>): Account {
  if (r.ok) return r.value;
  throw new CliError(r.error.message, r.error.kind === 'invalid' ? 2 : 1);
}

async function newPasswordHash(fromStdin: boolean, name: string): Promise<string> {
  const password = await readNewPassword(fromStdin, name);
  const problem = passwordProblem(password);
  if (problem !== null) throw new CliError(`password: ${problem}`, 2);
  return hashPassword(password);
}

/**
 * `sokan user add|list|passwd|role|remove|token`: the accounts of server mode
 * (docs/security.md). Passwords are read from the terminal without echo, or
 * from stdin with --password-stdin; they are never printed or logged.
 */
export function registerUserCommands(program: Command, ctx: CommandContext): void {
  const user = program.command('user').description('accounts of server mode: once one exists, `sokan serve` requires login');

  user
    .command('add')
    .description('add an account (asks for its password)')
    .argument('<name>', 'login name (letters, digits, . _ -)')
    .addOption(new Option('--role <role>', 'what it may do').choices(['viewer', 'analyst', 'admin']).makeOptionMandatory())
    .option('--password-stdin', 'read the password from standard input instead of the terminal')
    .action(async (name: string, o: { role: string; passwordStdin?: boolean }) => {
      const a = await ctx.withStore(async (s) => {
        if ((await findAccount(s, name)) !== null) throw new CliError(`an account named "${name}" already exists`, 1);
        return unwrap(await addAccount(s, name, o.role, await newPasswordHash(o.passwordStdin === true, name)));
      });
      ctx.print(`added ${a.name} (${a.role})\n`);
    });

  user
    .command('list')
    .description('list accounts (never their passwords)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (o: { format: OutputFormat }) => {
      const rows = await ctx.withStore((s) => listAccounts(s));
      ctx.print(rows.length === 0 && o.format === 'table' ? 'no accounts: `sokan serve` runs in laptop mode (no login, loopback only)\n' : formatRows(rows.map((a) => ({ ...a })), o.format));
    });

  user
    .command('passwd')
    .description('set a new password; ends the account\'s sessions and API tokens')
    .argument('<name>')
    .option('--password-stdin', 'read the password from standard input instead of the terminal')
    .action(async (name: string, o: { passwordStdin?: boolean }) => {
      await ctx.withStore(async (s) => {
        if ((await findAccount(s, name)) === null) throw new CliError(`no account named "${name}"`, 1);
        unwrap(await setPasswordHash(s, name, await newPasswordHash(o.passwordStdin === true, name)));
      });
      ctx.print(`password of ${name} changed; its sessions and tokens have ended\n`);
    });

  user
    .command('role')
    .description('change an account\'s role (viewer, analyst, admin)')
    .argument('<name>')
    .argument('<role>')
    .action(async (name: string, role: string) => {
      const a = await ctx.withStore(async (s) => unwrap(await setRole(s, name, role)));
      ctx.print(`${a.name} is now ${a.role}\n`);
    });

  user
    .command('remove')
    .description('remove an account with its sessions and tokens (audit entries keep the name)')
    .argument('<name>')
    .action(async (name: string) => {
      const a = await ctx.withStore(async (s) => unwrap(await removeAccount(s, name)));
      ctx.print(`removed ${a.name}\n`);
    });

  user
    .command('token')
    .description('make an API token for scripts (Authorization: Bearer <token>); printed once, stored only hashed')
    .argument('<name>')
    .option('--days <n>', 'days until it expires', '90')
    .option('--label <text>', 'what it is for')
    .action(async (name: string, o: { days: string; label?: string }) => {
      const days = Number(o.days);
      if (!Number.isInteger(days) || days < 1 || days > 3650) throw new CliError(`--days must be a whole number from 1 to 3650 (got "${o.days}")`, 2);
      const made = await ctx.withStore(async (s: Store) => {
        if ((await findAccount(s, name)) === null) throw new CliError(`no account named "${name}"`, 1);
        return createSession(s, name, 'api-token', { lifetimeMs: days * 86_400_000, label: o.label ?? null });
      });
      process.stderr.write(`API token for ${name}, valid until ${made.expiresAt}; it is shown only now:\n`);
      ctx.print(`${made.token}\n`);
    });
}
