// `sokan user …` and `sokan serve` choosing laptop or server mode, through the built CLI.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'sokan-accounts-cli-'));
const PASSWORD = 'cli test password one';
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const sokan = (db: string, args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'sokan.js'), '--db', join(dir, db), ...args], { encoding: 'utf8', input: input ?? '', env: { ...process.env, CI: '1' }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

function serve(db: string): Promise<string> {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [join(ROOT, 'bin', 'sokan.js'), '--db', join(dir, db), 'serve', '--port', '0', '--no-samples'], { env: { ...process.env, CI: '1' } });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/) \(server mode: login required\)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe('sokan serve: laptop or server mode', () => {
  it('refuses a non-loopback --host in laptop mode, saying how to turn on server mode', () => {
    for (const host of ['0.0.0.0', '192.168.10.20']) {
      const r = sokan('laptop.db', ['serve', '--host', host, '--no-samples']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/loopback/);
      expect(r.err).toMatch(/sokan user add NAME --role admin/);
      expect(r.err).toMatch(new RegExp(`sokan serve --auth --host ${host.replace(/\./g, '\\.')}`));
    }
  });

  it('refuses --auth while there is no account', () => {
    const r = sokan('laptop.db', ['serve', '--auth', '--no-samples']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no accounts yet/);
  });
});

describe('sokan user', () => {
  it('adds accounts from stdin without printing the password, and refuses weak ones', () => {
    const add = sokan('acc.db', ['user', 'add', 'hanako', '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`);
    expect(add.code).toBe(0);
    expect(add.out).toBe('added hanako (admin)\n');
    expect(add.out + add.err).not.toContain(PASSWORD);
    expect(sokan('acc.db', ['user', 'add', 'hanako', '--role', 'viewer', '--password-stdin'], `${PASSWORD}\n`).code).toBe(1);
    const weak = sokan('acc.db', ['user', 'add', 'taro', '--role', 'viewer', '--password-stdin'], 'short\n');
    expect(weak.code).toBe(2);
    expect(weak.err).toMatch(/at least 10/);
    const noTty = sokan('acc.db', ['user', 'add', 'taro', '--role', 'viewer']);
    expect(noTty.code).toBe(2);
    expect(noTty.err).toMatch(/--password-stdin/);
    expect(sokan('acc.db', ['user', 'add', 'taro', '--role', 'analyst', '--password-stdin'], `${PASSWORD}\n`).code).toBe(0);
  });

  it('lists accounts without hashes, changes roles, keeps the last admin', () => {
    const list = sokan('acc.db', ['user', 'list', '-f', 'json']);
    const rows = JSON.parse(list.out) as { name: string; role: string }[];
    expect(rows.map((r) => [r.name, r.role])).toEqual([['hanako', 'admin'], ['taro', 'analyst']]);
    expect(list.out).not.toMatch(/scrypt|hash/);
    expect(sokan('acc.db', ['user', 'role', 'taro', 'viewer']).out).toBe('taro is now viewer\n');
    const last = sokan('acc.db', ['user', 'role', 'hanako', 'analyst']);
    expect(last.code).toBe(1);
    expect(last.err).toMatch(/only admin/);
    expect(sokan('acc.db', ['user', 'role', 'taro', 'owner']).code).toBe(2);
  });

  it('serves in server mode once accounts exist; API tokens work until the password changes', async () => {
    const made = sokan('acc.db', ['user', 'token', 'taro', '--label', 'test']);
    expect(made.code).toBe(0);
    const token = made.out.trim();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const url = await serve('acc.db');
    const me = await fetch(`${url}api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await me.json()).toEqual({ mode: 'server', user: { name: 'taro', role: 'viewer' } });
    expect((await fetch(`${url}api/events`)).status).toBe(401);
    expect((await fetch(`${url}api/events`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(sokan('acc.db', ['user', 'passwd', 'taro', '--password-stdin'], 'another long password\n').code).toBe(0);
    expect((await fetch(`${url}api/events`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    expect(sokan('acc.db', ['user', 'remove', 'taro']).out).toBe('removed taro\n');
    expect(sokan('acc.db', ['user', 'remove', 'taro']).code).toBe(1);
  });
});
