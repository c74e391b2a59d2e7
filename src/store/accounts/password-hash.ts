import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt from node:crypto.
 *
 * Why scrypt from node:crypto: it is memory-hard, it is OpenSSL's
 * implementation (maintained, shipped with Node, nothing native to build or
 * download), and it runs on libuv's thread pool so a login does not block the
 * event loop. (argon2id would need an npm package with a native addon.)
 *
 * Parameters: N = 2^17, r = 8, p = 1 (128 MiB per hash, OWASP's scrypt
 * recommendation), a 16-byte random salt per password, a 32-byte key. On the
 * development machine one hash takes about 280 ms (docs/security.md).
 *
 * The stored string names its parameters, so they can be raised later and
 * old hashes still verify (and are re-hashed at the next login):
 * `scrypt$1$N=131072,r=8,p=1$<salt base64>$<key base64>`.
 */
export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const FORMAT = 'scrypt$1';

const memoryOf = (q: ScryptParams) => 128 * q.N * q.r * q.p + 1024 * 1024;

function derive(password: string, salt: Buffer, q: ScryptParams): Promise<Buffer> {
  const opts: ScryptOptions = { N: q.N, r: q.r, p: q.p, maxmem: 2 * memoryOf(q) };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_BYTES, opts, (e, key) => (e ? reject(e) : resolve(key))));
}

/** A new hash string for `password` with a fresh random salt. */
export async function hashPassword(password: string, q: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, q);
  return `${FORMAT}$N=${q.N},r=${q.r},p=${q.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface ParsedHash {
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const m = /^scrypt\$1\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (m === null) return null;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // refuse parameters no honest hash of ours has (a tampered row must not make a login take minutes)
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { params: { N, r, p }, salt: Buffer.from(m[4]!, 'base64'), key: Buffer.from(m[5]!, 'base64') };
}

/** True when `password` matches the stored hash; compared in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === null || parsed.key.length !== KEY_BYTES) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return timingSafeEqual(key, parsed.key);
}

/** True when the stored hash was made with other parameters than `q` (re-hash it at the next successful login). */
export function needsRehash(stored: string, q: ScryptParams = SCRYPT_PARAMS): boolean {
  const parsed = parseHash(stored);
  return parsed === null || parsed.params.N !== q.N || parsed.params.r !== q.r || parsed.params.p !== q.p;
}

/** A valid hash of no password anyone knows: verified against when the name is unknown, so both cases take as long. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(24).toString('base64')));

/** Password rules, as a message naming what to fix, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < 10) return 'must be at least 10 characters';
  if (password.length > 1024) return 'must be at most 1024 characters';
  if (password.trim().length === 0) return 'must not be only spaces';
  return null;
}
