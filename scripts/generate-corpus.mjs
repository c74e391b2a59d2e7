#!/usr/bin/env node
/**
 * Deterministic generator of synthetic news-style / analytic documents for
 * benchmarks (`npm run bench:extract`). Nothing here is copied from
 * /work/shared/corpus (third-party copyrighted text): the documents are built
 * from the templates below and the gazetteers in data/actors.json and
 * data/places.json.
 *
 * Library use:
 *   import { generateDocuments, generateCorpus } from './generate-corpus.mjs';
 *   generateDocuments({ count: 100, seed: 42, language: 'ja' })
 *     → [{ name, language, documentDate, text }]
 *   generateCorpus({ bytes: 10e6, seed: 42, language: 'ja' })
 *     → as many documents as it takes to reach `bytes` UTF-8 bytes
 *
 * CLI:
 *   node scripts/generate-corpus.mjs --count 20 --out /tmp/corpus [--seed 42] [--language ja|en] [--size long|news]
 *   (--size news: short news items of about 1–3 KB instead of long papers)
 *
 * Same seed ⇒ byte-identical output. Document i depends only on (seed, i), so
 * a longer run is a prefix-extension of a shorter one.
 *
 * Each document mixes event sentences (visits, meetings, agreements,
 * criticism, UN votes, sanctions, arms transfers with figures, launches, ...)
 * with analytic filler prose that contains no event, uses absolute and
 * relative dates (同月, 翌日, 同年 / "the next day"), footnote markers and a
 * notes section, and is laid out either like a web article (one line per
 * paragraph) or like a PDF extraction (hard-wrapped lines, running headers
 * and page numbers), so that normalisation has real work to do.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32) and helpers
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast, good enough for test data; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Small wrapper so templates read naturally: r.int(1, 28), r.pick(list), r.chance(0.3). */
function makeRandom(seed) {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const pad2 = (n) => String(n).padStart(2, '0');
const JA_CHAR = /[\u3040-\u30ff\u3400-\u9fff]/;
const HANGUL = /[\uac00-\ud7af]/;

// ---------------------------------------------------------------------------
// Gazetteer: states, persons (with a dated role), places, media
// ---------------------------------------------------------------------------

let gazetteerCache = null;

/** Loads data/actors.json, data/places.json and data/titles.json once. */
function gazetteer() {
  if (gazetteerCache) return gazetteerCache;
  const actors = JSON.parse(readFileSync(join(DATA, 'actors.json'), 'utf8'));
  const places = JSON.parse(readFileSync(join(DATA, 'places.json'), 'utf8')).places;
  const titles = JSON.parse(readFileSync(join(DATA, 'titles.json'), 'utf8'));
  const suffixes = titles.suffixes.map((s) => s.text);

  // The states the news is mostly about get a higher weight.
  const focus = new Set(['RUS', 'PRK', 'CHN', 'KOR', 'JPN', 'USA', 'UKR']);
  const states = [];
  for (const s of actors.states) {
    const w = focus.has(s.code) ? 30 : 1;
    for (let i = 0; i < w; i++) states.push({ code: s.code, ja: s.ja, en: s.en });
  }
  const byCode = new Map(actors.states.map((s) => [s.code, s]));

  // One entry per (person, role): a short Japanese name without title, the
  // state, office and period, so that documents only cite people in office.
  const persons = [];
  for (const p of actors.persons) {
    if (p.ambiguous) continue;
    const ja = p.aliases
      .filter((a) => JA_CHAR.test(a) && !HANGUL.test(a) && !/[（(]/.test(a))
      .filter((a) => !suffixes.some((t) => a.endsWith(t)) && !a.includes('・'))
      .sort((a, b) => a.length - b.length)[0];
    if (!ja) continue;
    for (const role of p.roles ?? []) {
      if (!byCode.has(role.state)) continue;
      persons.push({
        ja,
        en: p.en,
        enLast: p.en.split(' ').at(-1),
        state: role.state,
        office: role.office,
        from: role.from,
        to: role.to ?? '2025-12-31',
      });
    }
  }

  const placeList = places
    .filter((p) => p.kind !== 'country' && p.ja?.length)
    .map((p) => ({ ja: p.ja[0], en: p.en, country: p.country }));
  const media = actors.media
    .map((m) => ({ ja: m.aliases.find((a) => JA_CHAR.test(a) && !HANGUL.test(a)), en: m.en }))
    .filter((m) => m.ja);
  gazetteerCache = { states, byCode, persons, places: placeList, media };
  return gazetteerCache;
}

/** Japanese title written after a person's name, by office (and state for leaders). */
function jaTitle(person) {
  switch (person.office) {
    case 'leader':
      return { PRK: '総書記', CHN: '国家主席', JPN: '首相' }[person.state] ?? '大統領';
    case 'head-of-government': return '首相';
    case 'foreign-minister': return '外相';
    case 'defence-minister': return '国防相';
    case 'minister': return '大臣';
    case 'vice-minister': return '次官';
    case 'ambassador': return '大使';
    case 'party-official': return '部長';
    default: return '氏';
  }
}

/** English title written before a person's name. */
function enTitle(person) {
  switch (person.office) {
    case 'leader': return person.state === 'PRK' ? 'leader' : 'President';
    case 'head-of-government': return 'Prime Minister';
    case 'foreign-minister': return 'Foreign Minister';
    case 'defence-minister': return 'Defence Minister';
    case 'minister': return 'Minister';
    case 'vice-minister': return 'Deputy Minister';
    case 'ambassador': return 'Ambassador';
    default: return 'official';
  }
}

// ---------------------------------------------------------------------------
// Per-document state: the "story" (a pair of states, their people, a date
// cursor that moves forward so relative dates make sense)
// ---------------------------------------------------------------------------

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

class Story {
  constructor(r, language) {
    const g = gazetteer();
    this.r = r;
    this.language = language;
    this.year = r.int(1995, 2025);
    this.month = r.int(1, 12);
    this.day = r.int(1, 28);
    // Main pair of states (e.g. RUS–PRK), third parties picked per sentence.
    this.s1 = r.pick(g.states);
    do this.s2 = r.pick(g.states); while (this.s2.code === this.s1.code);
    this.note = 0;
    const byCode = gazetteer().byCode;
    /** Japanese name of a state by ISO code. */
    this.byCode = (code) => byCode.get(code)?.ja ?? '';
  }

  iso() { return `${this.year}-${pad2(this.month)}-${pad2(this.day)}`; }

  /** People in office at the story's current date, preferring the given state. */
  person(state) {
    const g = gazetteer();
    const iso = this.iso();
    const active = g.persons.filter((p) => p.from <= iso && iso <= p.to);
    const own = active.filter((p) => p.state === state.code);
    const list = own.length > 0 && this.r.chance(0.85) ? own : active;
    return list.length > 0 ? this.r.pick(list) : this.r.pick(g.persons);
  }

  state() {
    const x = this.r.next();
    if (x < 0.4) return this.s1;
    if (x < 0.8) return this.s2;
    return this.r.pick(gazetteer().states);
  }

  place(state) {
    const g = gazetteer();
    const own = g.places.filter((p) => p.country === state.code);
    return own.length > 0 && this.r.chance(0.8) ? this.r.pick(own) : this.r.pick(g.places);
  }

  /** Moves the date cursor forward by a few days (sometimes months). */
  advance() {
    const r = this.r;
    const jump = r.next();
    if (jump < 0.55) this.bumpDays(r.int(1, 9));
    else if (jump < 0.85) { this.bumpDays(r.int(10, 40)); }
    else { this.bumpDays(r.int(60, 400)); }
  }

  bumpDays(n) {
    this.day += n;
    for (;;) {
      const dim = DAYS_IN_MONTH[this.month - 1];
      if (this.day <= dim) break;
      this.day -= dim;
      this.month++;
      if (this.month > 12) { this.month = 1; this.year++; }
    }
    if (this.year > 2025) this.year = 2025; // stay within the gazetteer's period
  }

  /** A Japanese date phrase relative to the previous one when that reads naturally. */
  jaDate() {
    const r = this.r;
    const before = { y: this.year, m: this.month, d: this.day };
    this.advance();
    if (this.year === before.y && this.month === before.m) {
      if (this.day === before.d + 1 && r.chance(0.7)) return '翌日';
      if (r.chance(0.5)) return `同月${this.day}日`;
      return `${this.month}月${this.day}日`;
    }
    if (this.year === before.y && r.chance(0.6)) {
      return r.chance(0.3) ? `同年${this.month}月${this.day}日` : `${this.month}月${this.day}日`;
    }
    if (r.chance(0.1) && this.year >= 2019) return `令和${this.year - 2018}年${this.month}月${this.day}日`;
    return `${this.year}年${this.month}月${this.day}日`;
  }

  enDate() {
    const r = this.r;
    const before = { y: this.year, m: this.month, d: this.day };
    this.advance();
    const M = MONTHS_EN[this.month - 1];
    if (this.year === before.y && this.month === before.m && this.day === before.d + 1 && r.chance(0.7)) {
      return 'the next day';
    }
    if (this.year === before.y && r.chance(0.5)) return `on ${this.day} ${M}`;
    return r.chance(0.5) ? `on ${M} ${this.day}, ${this.year}` : `on ${this.day} ${M} ${this.year}`;
  }

  /** Footnote marker: （12） or a superscript-like bare number, as PDFs produce. */
  jaNote() {
    this.note++;
    return this.r.chance(0.6) ? `（${this.note}）` : `注${this.note}`;
  }
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------
// Japanese templates. Each is a function of a slot filler `f` so that slots
// are drawn lazily and consistently (P1 is a person of S1, P2 of S2, ...).
// ---------------------------------------------------------------------------

const JA_AGREEMENTS = ['包括的戦略的パートナーシップ条約', '経済協力協定', '軍事技術協力協定', '友好協力条約',
  '漁業協定', '査証免除協定', '原子力協力協定', '共同声明', '覚書', '投資保護協定', '国境画定協定'];
const JA_TOPICS = ['地域の安全保障', '経済協力の拡大', '朝鮮半島情勢', 'エネルギー分野の協力', '核問題',
  '国境地帯の開発', '食料支援', '鉄道の連結', '労働者の受け入れ', '観光交流の再開'];
const JA_ACTIONS = ['弾道ミサイル発射', '核開発', '軍事演習', '領空侵犯', '一方的な制裁', '人権侵害',
  '挑発的な行動', '軍事的圧力'];
const JA_WEAPONS = ['砲弾', '弾薬', 'ミサイル', '軍事物資', 'ドローン'];

/** Event sentences: visits, meetings, agreements, criticism, votes, transfers, figures. */
const JA_EVENT_TEMPLATES = [
  (f) => `${f.date()}、${f.P1()}は${f.PL2()}を訪問し、${f.P2()}と会談した。`,
  (f) => `${f.date()}、${f.P1()}と${f.P2()}は${f.PL1()}で首脳会談を行い、${f.topic()}について協議した。`,
  (f) => `${f.S1()}と${f.S2()}は${f.date()}、${f.agreement()}に署名した。`,
  (f) => `${f.date()}、${f.S1()}外務省は声明を発表し、${f.S2()}の${f.action()}を強く非難した${f.note()}。`,
  (f) => `${f.P1()}は${f.date()}の記者会見で、${f.S2()}による${f.action()}を批判した。`,
  (f) => `国連安保理は${f.date()}、${f.S2()}に対する制裁決議を採択したが、${f.S1()}は反対票を投じた。`,
  (f) => `${f.date()}の国連総会の決議案採決で、${f.S1()}は${f.S2()}とともに反対票を投じた${f.note()}。`,
  (f) => `${f.S1()}は${f.S2()}に対し、コンテナ約${f.n(100, 9000)}個分の${f.weapon()}を供与したとされる。`,
  (f) => `${f.S1()}は${f.date()}、${f.S2()}が提案した${f.agreement()}への支持を表明した。`,
  (f) => `${f.date()}、${f.S1()}は弾道ミサイルを発射し、${f.S2()}は懸念を表明した。`,
  (f) => `${f.S1()}が${f.S2()}に兵士約${f.n(1, 15)}000人を派遣したと報じられた${f.note()}。`,
  (f) => `${f.P1()}は${f.date()}、${f.P2()}と電話会談を行った。`,
  (f) => `${f.date()}、${f.P1()}は${f.PL1()}で${f.P2()}と面会した。`,
  (f) => `${f.S1()}と${f.S2()}は${f.date()}、軍事協力の拡大で合意した。`,
  (f) => `${f.S1()}は${f.S2()}に対し、対話の再開を呼びかけた。`,
  (f) => `${f.P1()}は${f.date()}、${f.P2()}を${f.PL1()}に招いた。`,
  (f) => `${f.S1()}と${f.S2()}は${f.date()}、首脳会談の開催で原則合意した。`,
  (f) => `${f.S1()}と${f.S2()}は${f.date()}から${f.n(3, 12)}日間、合同軍事演習を実施した。`,
  (f) => `${f.S1()}は安保理で${f.S2()}に関する決議案に拒否権を行使した。`,
  (f) => `${f.P1()}は${f.date()}に予定していた訪問を取りやめた${f.note()}。`,
  (f) => `翌日、${f.P1()}は${f.PL2()}に到着し、${f.P2()}の出迎えを受けた。`,
  (f) => `${f.S1()}国防省によると、${f.S2()}から砲弾${f.n(10, 500)}万発が送られたという。`,
  (f) => `${f.S1()}は${f.date()}、${f.S2()}との間で${f.agreement()}を締結した。`,
  (f) => `同月${f.day()}日には${f.P1()}が${f.S2()}を公式訪問し、${f.P2()}と会談した。`,
  (f) => `両国の貿易額は${f.year()}年に約${f.n(2, 900)}億ドルに達し、前年比${f.n(3, 60)}%増となった。`,
  (f) => `${f.S1()}政府は${f.date()}、${f.S2()}に対する独自制裁を強化すると発表した。`,
  (f) => `${f.S1()}は、${f.S2()}の行動が安保理決議に違反していると指摘した${f.note()}。`,
  (f) => `${f.P1()}は${f.S2()}の挑発を糾弾し、${f.action()}の即時停止を要求した。`,
  (f) => `${f.S1()}外務省報道官は${f.date()}、${f.S2()}の軍事活動は地域の脅威だと主張した。`,
  (f) => `${f.date()}、${f.PL1()}で${f.S1()}、${f.S2()}、${f.S3()}の${f.n(3, 6)}カ国による協議が開かれた。`,
  (f) => `${f.P1()}の訪問は${f.n(2, 19)}年ぶりで、滞在は${f.n(2, 8)}日間に及んだ。`,
  (f) => `${f.S1()}は${f.date()}、${f.S2()}に食料${f.n(1, 50)}万トンを提供すると表明した。`,
  (f) => `${f.S1()}の${f.P1()}は${f.date()}、${f.P2()}と会談し、${f.topic()}で一致した。`,
  (f) => `${f.date()}、${f.S2()}は${f.S1()}の大使を呼び出し、抗議した。`,
  (f) => `${f.S1()}は${f.S2()}の独立を承認した。`,
];

/** Analytic prose without events (a realistic share of any paper). */
const JA_FILLER_TEMPLATES = [
  (f) => `こうした動きは、${f.S1()}の対外政策における優先順位の変化を示唆している。`,
  () => 'もっとも、両国関係の実態を評価するには慎重さが求められる。',
  (f) => `${f.S1()}にとって、${f.topic()}は長年の懸案であり続けてきた。`,
  () => '公開情報は限られており、以下の分析は暫定的なものにとどまる。',
  (f) => `第一に、${f.S2()}の国内情勢が交渉の進展を左右してきた点を指摘しておきたい。`,
  () => 'この点については、先行研究の間でも評価が分かれている。',
  (f) => `${f.S1()}と${f.S2()}の関係は、冷戦終結後、曲折を経ながらも一定の安定を保ってきた。`,
  () => '以下では、まず経緯を概観したうえで、その背景と含意を検討する。',
  () => 'とりわけ注目されるのは、経済面での相互依存が一方的な性格を強めている点である。',
  (f) => `こうした見方に立てば、${f.topic()}をめぐる議論も別の様相を帯びることになる。`,
  () => 'ただし、その実効性については疑問も残る。',
  () => '結果として、地域の勢力均衡は徐々に変化しつつあるといえよう。',
  (f) => `${f.S2()}側の公式発表と実際の行動との間には、しばしば乖離がみられる。`,
  () => '本稿の目的は、この問題をより長い時間軸の中に位置づけることにある。',
  () => '第二に、国際環境の変化が両国の選択肢を狭めたことも見逃せない。',
  (f) => `要するに、${f.S1()}の行動原理は実利の追求にあると考えられる。`,
];

const JA_HEADINGS = ['はじめに', '問題の所在', '関係の展開', '背景要因', '経済関係の実態', '軍事協力の進展',
  '国際社会の反応', '今後の展望', 'おわりに', '結論に代えて'];

// ---------------------------------------------------------------------------
// English templates
// ---------------------------------------------------------------------------

const EN_AGREEMENTS = ['a comprehensive strategic partnership treaty', 'an economic cooperation agreement',
  'a memorandum on military-technical cooperation', 'a fisheries agreement', 'a visa waiver agreement',
  'a joint declaration', 'a border agreement'];
const EN_TOPICS = ['regional security', 'economic cooperation', 'the situation on the Korean Peninsula',
  'energy cooperation', 'the nuclear issue', 'food aid', 'rail links'];

const EN_EVENT_TEMPLATES = [
  (f) => `${cap(f.date())}, ${f.P1()} visited ${f.PL2()} and met ${f.P2()}.`,
  (f) => `${f.P1()} and ${f.P2()} held talks in ${f.PL1()} ${f.date()} on ${f.topic()}.`,
  (f) => `${f.S1()} and ${f.S2()} signed ${f.agreement()} ${f.date()}.`,
  (f) => `${cap(f.date())}, the foreign ministry of ${f.S1()} condemned the missile launch by ${f.S2()}.`,
  (f) => `${f.P1()} criticised ${f.S2()} at a press conference ${f.date()}.`,
  (f) => `${f.S1()} voted against the resolution on ${f.S2()} in the UN General Assembly ${f.date()}.`,
  (f) => `${f.S1()} vetoed a Security Council draft on ${f.S2()} ${f.date()}.`,
  (f) => `${f.S1()} reportedly shipped about ${f.n(100, 9000)} containers of munitions to ${f.S2()}.`,
  (f) => `${f.S1()} is believed to have supplied ${f.n(1, 5)} million artillery shells to ${f.S2()}.`,
  (f) => `${f.S1()} deployed about ${f.n(1, 15)},000 troops to ${f.S2()}, officials said.`,
  (f) => `${f.P1()} spoke by phone with ${f.P2()} ${f.date()}.`,
  (f) => `${f.S1()} and ${f.S2()} agreed ${f.date()} to expand military cooperation.`,
  (f) => `${f.S1()} imposed new sanctions on ${f.S2()} ${f.date()}.`,
  (f) => `${f.P1()} hosted ${f.P2()} in ${f.PL1()} ${f.date()}.`,
  (f) => `${f.S1()} praised ${f.S2()} for its support.`,
  (f) => `Bilateral trade reached $${f.n(1, 90)} billion in ${f.year()}, up ${f.n(3, 60)} percent.`,
  (f) => `${f.S1()} warned ${f.S2()} against further provocations.`,
  (f) => `${cap(f.date())}, ${f.S1()} and ${f.S2()} held joint exercises near ${f.PL1()}.`,
  (f) => `${f.P1()} toured ${f.PL2()} for ${f.n(2, 8)} days, the first such visit in ${f.n(2, 19)} years.`,
];

const EN_FILLER_TEMPLATES = [
  (f) => `These moves suggest a shift in the priorities of ${f.S1()}'s foreign policy.`,
  () => 'However, the available evidence remains fragmentary.',
  (f) => `For ${f.S1()}, ${f.topic()} has long been an unresolved question.`,
  () => 'Scholars disagree on how much weight to give these signals.',
  () => 'The following section first reviews the background and then turns to the implications.',
  (f) => `Official statements from ${f.S2()} often diverge from its actual conduct.`,
  () => 'In short, the balance of power in the region is changing, if slowly.',
  () => 'Economic interdependence has become increasingly one-sided.',
];

const EN_HEADINGS = ['Introduction', 'Background', 'The Deepening Relationship', 'Economic Ties',
  'Military Cooperation', 'International Reactions', 'Outlook', 'Conclusion'];

function cap(s) { return s[0].toUpperCase() + s.slice(1); }

// ---------------------------------------------------------------------------
// Slot filler: draws actors consistent with the story for one sentence
// ---------------------------------------------------------------------------

function slots(story) {
  const r = story.r;
  const ja = story.language === 'ja';
  const cache = {};
  const once = (k, make) => () => (cache[k] ??= make());
  const s1 = once('s1', () => story.state());
  const s2 = once('s2', () => { let s; do s = story.state(); while (s.code === s1().code && r.chance(0.95)); return s; });
  const personOf = (s) => {
    const p = story.person(s);
    if (ja) return r.chance(0.8) ? `${p.ja}${jaTitle(p)}` : `${story.byCode(p.state)}の${p.ja}${jaTitle(p)}`;
    const t = enTitle(p);
    return r.chance(0.7) ? `${t === 'official' ? '' : `${t} `}${p.en}` : `${p.enLast}`;
  };
  return {
    date: once('date', () => (ja ? story.jaDate() : story.enDate())),
    day: () => { story.advance(); return story.day; },
    year: () => story.year,
    S1: () => (ja ? s1().ja : s1().en),
    S2: () => (ja ? s2().ja : s2().en),
    S3: () => (ja ? r.pick(gazetteer().states).ja : r.pick(gazetteer().states).en),
    P1: once('p1', () => personOf(s1())),
    P2: once('p2', () => personOf(s2())),
    PL1: once('pl1', () => (ja ? story.place(s1()).ja : story.place(s1()).en)),
    PL2: once('pl2', () => (ja ? story.place(s2()).ja : story.place(s2()).en)),
    agreement: () => r.pick(ja ? JA_AGREEMENTS : EN_AGREEMENTS),
    topic: () => r.pick(ja ? JA_TOPICS : EN_TOPICS),
    action: () => r.pick(JA_ACTIONS),
    weapon: () => r.pick(JA_WEAPONS),
    n: (lo, hi) => r.int(lo, hi).toLocaleString('en-US'),
    note: () => (r.chance(0.5) ? story.jaNote() : ''),
  };
}

// ---------------------------------------------------------------------------
// Document assembly and layout
// ---------------------------------------------------------------------------

/** Builds the paragraphs (arrays of sentences) of one document. */
function buildBody(story, targetChars) {
  const r = story.r;
  const ja = story.language === 'ja';
  const events = ja ? JA_EVENT_TEMPLATES : EN_EVENT_TEMPLATES;
  const filler = ja ? JA_FILLER_TEMPLATES : EN_FILLER_TEMPLATES;
  const headings = ja ? JA_HEADINGS : EN_HEADINGS;
  const blocks = [];
  let chars = 0;
  let section = 0;
  while (chars < targetChars) {
    if (blocks.length === 0 || r.chance(0.18)) {
      section++;
      const h = ja ? `${section}．${r.pick(headings)}` : `${section}. ${r.pick(headings)}`;
      blocks.push({ heading: h });
    }
    const sentences = [];
    const n = r.int(3, 8);
    for (let i = 0; i < n; i++) {
      // About 45 % event sentences: several events per 1,000 characters.
      const t = r.chance(0.45) ? r.pick(events) : r.pick(filler);
      sentences.push(t(slots(story)));
    }
    const para = sentences.join(ja ? '' : ' ');
    chars += para.length;
    blocks.push({ para });
  }
  return blocks;
}

/** Notes section with media citations, as papers have. */
function buildNotes(story) {
  const r = story.r;
  const g = gazetteer();
  const notes = [];
  for (let i = 1; i <= story.note; i++) {
    const m = r.pick(g.media);
    const y = r.int(2000, 2025);
    notes.push(story.language === 'ja'
      ? `${i} ${m.ja}、${y}年${r.int(1, 12)}月${r.int(1, 28)}日。`
      : `${i} ${m.en}, ${r.int(1, 28)} ${MONTHS_EN[r.int(0, 11)]} ${y}.`);
  }
  return notes;
}

/** Hard-wraps a paragraph at `width` characters (PDF-style extraction). */
function wrap(text, width) {
  const lines = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

/** Web layout: one line per paragraph, blank line between paragraphs. */
function layoutWeb(title, byline, blocks, notes, ja) {
  const out = [title, byline, ''];
  for (const b of blocks) out.push(b.heading ?? b.para, '');
  if (notes.length) out.push(ja ? '注' : 'Notes', ...notes);
  return out.join('\n') + '\n';
}

/** PDF layout: wrapped lines, running header and page number every ~38 lines. */
function layoutPdf(title, byline, blocks, notes, ja, r) {
  const width = ja ? r.int(34, 42) : r.int(70, 90);
  const lines = [title, byline, ''];
  for (const b of blocks) {
    if (b.heading) lines.push(b.heading);
    else lines.push(...(ja ? wrap(b.para, width) : wrapWords(b.para, width)), '');
  }
  if (notes.length) lines.push(ja ? '注' : 'Notes', ...notes);
  const out = [];
  let page = 1;
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if ((i + 1) % 38 === 0) {
      out.push('', `— ${page++} —`, '\f' + title.slice(0, 20));
    }
  }
  return out.join('\n') + '\n';
}

function wrapWords(text, width) {
  const lines = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line.length + w.length + 1 > width && line) { lines.push(line); line = w; }
    else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Body length in characters: `long` (the default; analytic papers, ~3–12k
 * Japanese / 6–20k English characters) or `news` (short news items, about
 * 1–3 KB of text, as a realistic article is). The draw is the same either way,
 * so `long` output is unchanged by the option.
 */
const BODY_CHARS = {
  long: { ja: [3000, 12000], en: [6000, 20000] },
  news: { ja: [250, 700], en: [700, 2000] },
};

/** Generates document `index` of the stream for (seed, language, size). */
function generateOne(seed, index, language, size = 'long') {
  // Per-document seed: documents are independent and order-stable.
  const r = makeRandom((Math.imul(seed ^ 0x9e3779b9, 2654435761) + Math.imul(index + 1, 40503)) >>> 0);
  const story = new Story(r, language);
  const ja = language === 'ja';
  const documentDate = `${story.year}-${pad2(story.month)}-${pad2(story.day)}`;
  const title = ja
    ? `${story.s1.ja}・${story.s2.ja}関係の${r.pick(['新展開', '現状と課題', '変容', '行方', '構造'])}`
    : `${story.s1.en}–${story.s2.en} Relations: ${r.pick(['A New Phase', 'Drivers and Limits', 'An Assessment'])}`;
  const byline = ja ? `${story.year}年${story.month}月　研究員　${r.pick(['山田', '佐藤', '鈴木', '高橋'])}` : `${MONTHS_EN[story.month - 1]} ${story.year}`;
  const [lo, hi] = BODY_CHARS[size][language];
  const blocks = buildBody(story, r.int(lo, hi));
  const notes = size === 'news' ? buildNotes(story).slice(0, 2) : buildNotes(story);
  const text = r.chance(0.5)
    ? layoutWeb(title, byline, blocks, notes, ja)
    : layoutPdf(title, byline, blocks, notes, ja, r);
  return { name: `${language}-${String(index).padStart(5, '0')}.txt`, language, documentDate, text };
}

/**
 * Generates `count` documents. Deterministic for a given (seed, language).
 * `size`: `long` (default) or `news` (1–3 KB items; see BODY_CHARS).
 * @param {{ count: number, seed?: number, language?: 'ja' | 'en', size?: 'long' | 'news' }} opts
 * @returns {{ name: string, language: 'ja'|'en', documentDate: string, text: string }[]}
 */
export function generateDocuments({ count, seed = 1, language = 'ja', size = 'long' }) {
  if (!(size in BODY_CHARS)) throw new Error(`generateDocuments: size must be long or news, got ${size}`);
  const docs = [];
  for (let i = 0; i < count; i++) docs.push(generateOne(seed, i, language, size));
  return docs;
}

/**
 * Generates documents until their total size reaches `bytes` UTF-8 bytes.
 * @param {{ bytes: number, seed?: number, language?: 'ja' | 'en' }} opts
 */
export function generateCorpus({ bytes, seed = 1, language = 'ja' }) {
  const docs = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const d = generateOne(seed, i, language);
    total += Buffer.byteLength(d.text, 'utf8');
    docs.push(d);
  }
  return docs;
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { count: 10, out: null, seed: 1, language: 'ja', size: 'long' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--count') { opts.count = Number(v); i++; }
    else if (a === '--out') { opts.out = v; i++; }
    else if (a === '--seed') { opts.seed = Number(v); i++; }
    else if (a === '--language' || a === '--lang') { opts.language = v; i++; }
    else if (a === '--size') { opts.size = v; i++; }
    else if (a === '--help' || a === '-h') { opts.help = true; }
    else throw new Error(`unknown argument: ${a}`);
  }
  return opts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || !opts.out || !Number.isInteger(opts.count) || opts.count < 1 || !['ja', 'en'].includes(opts.language) || !['long', 'news'].includes(opts.size)) {
    console.error('usage: node scripts/generate-corpus.mjs --count N --out DIR [--seed S] [--language ja|en] [--size long|news]');
    process.exit(opts.help ? 0 : 2);
  }
  mkdirSync(opts.out, { recursive: true });
  let bytes = 0;
  for (const d of generateDocuments(opts)) {
    writeFileSync(join(opts.out, d.name), d.text);
    bytes += Buffer.byteLength(d.text, 'utf8');
  }
  console.log(`wrote ${opts.count} ${opts.language} documents (${(bytes / 1e6).toFixed(2)} MB) to ${opts.out}`);
}
