#!/usr/bin/env node
// npm run eval: ingest ../shared/corpus into a fresh database, export events and
// claims, score them with ../shared/gold/score.mjs, and fail when an F1 (quad,
// root, strict events; claims) falls below its floor kept in eval-floor.json.
// Options: --misses (print the scorer's missed/spurious lists), --shared DIR,
// --own: score our own held-out documents instead (test/own-gold: texts written
// for the project with gold records by the same SPEC, never used to tune rules;
// the scorer still comes from ../shared/gold), floors under "own" in eval-floor.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const sharedIdx = args.indexOf('--shared');
const shared = resolve(sharedIdx >= 0 ? args[sharedIdx + 1] : join(root, '..', 'shared'));
const own = args.includes('--own');
const scorer = join(shared, 'gold', 'score.mjs');
const gold = own ? join(root, 'test', 'own-gold', 'gold') : join(shared, 'gold');
const corpus = own ? join(root, 'test', 'own-gold', 'corpus') : join(shared, 'corpus');
if (!existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; nothing to score`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'sokan-eval-'));
const db = join(work, 'eval.db');
const sokan = (...a) => execFileSync(process.execPath, [join(root, 'bin', 'sokan.js'), '--db', db, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });
try {
  const ingest = spawnSync(process.execPath, [join(root, 'bin', 'sokan.js'), '--db', db, 'ingest', corpus], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
  process.stdout.write(ingest.stdout);
  process.stderr.write(ingest.stderr);
  const events = join(work, 'events.jsonl');
  const claims = join(work, 'claims.jsonl');
  writeFileSync(events, sokan('export', 'events', '--format', 'jsonl'));
  writeFileSync(claims, sokan('export', 'claims', '--format', 'jsonl'));
  const scoreArgs = [scorer, '--gold', gold, '--system', events, '--claims', claims];
  const text = execFileSync(process.execPath, [...scoreArgs, ...(args.includes('--misses') ? ['--misses'] : [])], { encoding: 'utf8' });
  process.stdout.write(text);
  const result = JSON.parse(execFileSync(process.execPath, [...scoreArgs, '--json'], { encoding: 'utf8' }));
  const floors = JSON.parse(readFileSync(join(root, 'eval-floor.json'), 'utf8'));
  const floor = own ? floors.own ?? {} : floors;
  // every level with a floor in eval-floor.json is checked (quad_f1, root_f1, strict_f1, claims_f1)
  const reached = {
    quad_f1: result.events.quad.f1,
    root_f1: result.events.root.f1,
    strict_f1: result.events.strict.f1,
    claims_f1: result.claims?.f1 ?? 0,
  };
  const checked = Object.keys(reached).filter((k) => typeof floor[k] === 'number');
  const failures = checked.filter((k) => reached[k] < floor[k]).map((k) => `${k} ${reached[k]} is below the floor ${floor[k]}`);
  if (failures.length) {
    console.error(`eval: FAILED: ${failures.join('; ')} (eval-floor.json)`);
    process.exitCode = 1;
  } else {
    console.log(`eval: ok (${checked.map((k) => `${k} ${reached[k]} >= ${floor[k]}`).join(', ')})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
