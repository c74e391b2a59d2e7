import { test } from 'vitest';
import { findDates } from '/work/main/src/extract/dates/index.js';
const chunks = ['ロシアと北朝鮮の関係は', '2023年9月12日から18日まで', '首脳会談が行われ、', '同月13日には', '宇宙基地で', '翌日、', '同年10月16～17日に外相が訪朝した。', '約1,000人が参加し、', '報道は延べ12日間続いた。', '令和5年度の予算では', '2022年2月からの侵攻以降、', '国連安保理は2006年から2017年までに11の決議を採択した。', '一方で中国は慎重な姿勢を崩していない。', '9月末に', '1990年代の危機を経て', '2024 年 1 月 15 日に開催された会議で', '前年比3.59%増となった。', 'しかし、その後の展開は不透明である。'];
test('bench', () => {
  let s = ''; let i = 0;
  while (Buffer.byteLength(s) < 5_000_000) { s += chunks[(i * 7919) % chunks.length]; i++; }
  const bytes = Buffer.byteLength(s);
  findDates(s.slice(0, 100000), { documentDate: '2023-11-13' });
  const runs = 5; let best = Infinity; let n = 0;
  for (let r = 0; r < runs; r++) { const t0 = performance.now(); n = findDates(s, { documentDate: '2023-11-13' }).length; best = Math.min(best, performance.now() - t0); }
  console.log(`bytes=${bytes} chars=${s.length} mentions=${n} best=${best.toFixed(1)}ms → ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s (UTF-8), ${(s.length/1e6/(best/1000)).toFixed(1)} Mchar/s`);
  // plain prose with few dates
  let p = ''; const prose = '北東アジアの安全保障環境は厳しさを増しており、日米韓の連携が重要である。 The alliance remains central to regional stability and deterrence. ';
  while (Buffer.byteLength(p) < 5_000_000) p += prose;
  let bestP = Infinity; for (let r = 0; r < runs; r++) { const t0 = performance.now(); findDates(p, { documentDate: null }); bestP = Math.min(bestP, performance.now() - t0); }
  console.log(`prose: ${(Buffer.byteLength(p)/1e6/(bestP/1000)).toFixed(1)} MB/s`);
});
