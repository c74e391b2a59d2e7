import type { ActorKind, ActorMention } from '../../core/actor.js';
import { SurfaceTrie } from '../surface-trie.js';
import { stateOn, type AliasTarget, type Gazetteer } from './gazetteer.js';

/** How a mention relates to its neighbours, when a compound says so. */
export type MentionMarker = 'visit-target' | 'against' | 'dyad' | 'posted-in' | 'plain';

export interface Mention extends ActorMention {
  readonly marker: MentionMarker;
  /** Office level when a title or office says it (leader, minister...). */
  readonly level: string | null;
}

/**
 * Finds actor mentions with a character trie over all aliases: one pass over
 * the text, longest match at each position. A trie rather than one big regex
 * alternation because V8's backtracking over thousands of alternatives is an
 * order of magnitude slower on Japanese text, and the trie lets blockers
 * (朝鮮戦争) win over shorter aliases (朝鮮) at no cost.
 */
export class ActorMatcher {
  /** null marks a blocker: a longer surface that is not an actor mention. */
  private readonly trie = new SurfaceTrie<AliasTarget | null>();
  private readonly suffixes: readonly { text: string; level: string }[];
  private readonly abbrevClass: string;
  private readonly compoundRe: RegExp;

  private readonly blockers: readonly string[];

  constructor(private readonly gaz: Gazetteer, blockers: readonly string[]) {
    this.blockers = blockers.map((b) => b.normalize('NFKC'));
    for (const b of this.blockers) this.trie.add(b, null);
    for (const [surface, target] of gaz.aliases) this.trie.add(surface, target);
    this.suffixes = [...gaz.titles.suffixes].sort((a, b) => b.text.length - a.text.length);
    this.abbrevClass = [...gaz.abbrev.keys()].map(escapeClass).join('');
    this.compoundRe = this.buildCompoundRe();
  }

  /** All mentions in `text` (offsets relative to `text` plus `base`). */
  find(text: string, base: number, date: string | null): Mention[] {
    const out: Mention[] = [...this.findCompounds(text, base)];
    const taken = new Uint8Array(text.length);
    for (const m of out) taken.fill(1, m.start - base, m.end - base);
    let i = 0;
    while (i < text.length) {
      if (taken[i]) { i++; continue; }
      const hit = this.trie.longestAt(text, i);
      if (!hit) { i++; continue; }
      if (hit.value === null) { i = hit.end; continue; }
      const target = hit.value;
      if (!this.boundaryOk(text, i, hit.end)) { i++; continue; }
      let end = hit.end;
      let level = target.level;
      if (target.kind === 'person') end = skipReading(text, end);
      if (target.kind === 'person' || target.kind === 'state') {
        const suffix = this.suffixAt(text, end);
        if (suffix && (target.kind === 'person' || suffix.level !== 'honorific')) {
          end += suffix.text.length;
          level = suffix.level === 'honorific' ? level : suffix.level;
        } else if (target.kind === 'person') {
          const office = this.officeTitleEnd(text, end, taken);
          if (office) {
            end = office.end;
            level = office.level;
          }
        }
      }
      const resolved = stateOn(target, date);
      if (target.kind === 'person' && taken[end]) {
        // ブッシュ米大統領 / シュレーダー独首相: the abbreviation + office read as a compound is the person's own title
        const own = out.findIndex((c) => c.start === base + end && c.marker === 'plain' && c.code === resolved.code);
        const office = own >= 0 ? this.officeTitleEnd(text, end, null) : null;
        if (office) {
          out.splice(own, 1);
          end = office.end;
          level = office.level;
        }
      }
      out.push({
        start: base + i,
        end: base + end,
        surface: text.slice(i, end),
        code: resolved.code,
        entityId: target.entityId,
        nameEn: target.nameEn,
        kind: target.kind === 'state' && level ? 'person' : target.kind,
        marker: 'plain',
        level: target.roles.length > 0 ? resolved.level ?? level : level,
      });
      i = end;
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Latin aliases must stand as words: "UN" is not inside "UNESCO" or "June". */
  private boundaryOk(text: string, start: number, end: number): boolean {
    const first = text[start]!;
    const last = text[end - 1]!;
    if (/[A-Za-z0-9]/.test(first) && start > 0 && /[A-Za-z0-9]/.test(text[start - 1]!)) return false;
    if (/[A-Za-z0-9]/.test(last) && end < text.length && /[A-Za-z0-9]/.test(text[end]!)) {
      // allow English plural/possessive endings: "Russia's", "Koreans"
      return false;
    }
    // katakana names must not be the tail or head of a longer katakana word (テロ ≠ ロ, プーチン体制 is fine)
    if (/[ァ-ヺー]/.test(first) && start > 0 && /[ァ-ヺー・]/.test(text[start - 1]!) && text[start - 1] !== '・') return false;
    return true;
  }

  /**
   * フラトコフ対外情報庁(SVR)長官が: an office named after its agency, with the
   * agency's abbreviation in brackets, between a name and its particle. The
   * run of Han/katakana (and one bracketed Latin abbreviation) after the name
   * belongs to the mention when it ends in a known title; it never swallows a
   * compound already read (駐露大使) unless `taken` is null (the caller has
   * checked that the compound is the person's own state: ブッシュ米大統領).
   */
  private officeTitleEnd(text: string, at: number, taken: Uint8Array | null): { end: number; level: string } | null {
    const m = OFFICE_RUN.exec(text.slice(at, at + 32));
    if (!m) return null;
    const run = m[0];
    const title = this.suffixes.find((t) => t.level !== 'honorific' && run.endsWith(t.text));
    if (!title || run.length === title.text.length) return null;
    if (taken?.subarray(at, at + run.length).some((x) => x !== 0)) return null;
    return { end: at + run.length, level: title.level };
  }

  private suffixAt(text: string, at: number): { text: string; level: string } | null {
    for (const s of this.suffixes) if (text.startsWith(s.text, at)) return s;
    return null;
  }

  private buildCompoundRe(): RegExp {
    const a = this.abbrevClass;
    if (!a) return /$^/g;
    // 1 訪朝/来日  2 対露  3 駐韓  4 露朝/中露朝/日米韓 (2+ abbreviations)  5 露外相/米政府 (one abbreviation + office or body)
    const offices = '大統領|首相|外相|外務相|国防相|国務長官|国防長官|政府|外務省|国防省|国務省|軍|当局|当局者|高官|大使館|大使|副首相|代表団|側|両国|首脳|議会|財務相|財務次官|外務次官|国防次官|情報機関';
    return new RegExp(
      `(訪|来)([${a}])(?![${a}])|(対)([${a}])(?=[^${a}])|(駐)([${a}])|(?<![ァ-ヺー])([${a}]{2,4})(?=関係|首脳|会談|間|両国|外相|国防相|共同|協力|貿易|軍事|交流|国境|条約|接近|同盟|連携|友好|経済|戦略|対話|協議|合同|・|の|が|は|、|による|と)|(?<![ァ-ヺー])([${a}])(?=${offices})`,
      'g',
    );
  }

  private findCompounds(text: string, base: number): Mention[] {
    const out: Mention[] = [];
    this.compoundRe.lastIndex = 0;
    const blocked = this.blockedRanges(text);
    // 南北 (the two Koreas) is a dyad compound of its own: 南北首脳会談, 南北関係
    for (let k = text.indexOf('南北'); k >= 0; k = text.indexOf('南北', k + 2)) {
      if (!NORTH_SOUTH_CONTEXT.test(text.slice(k + 2, k + 4))) continue;
      const kor = this.gaz.stateNames.has('KOR') && this.gaz.stateNames.has('PRK');
      if (!kor) break;
      out.push(this.stateMention('KOR', base + k, '南北'), this.stateMention('PRK', base + k + 1, '南北'));
    }
    for (let m = this.compoundRe.exec(text); m; m = this.compoundRe.exec(text)) {
      const at = m.index;
      if (blocked.some(([a, b]) => at < b && a < at + m![0].length)) continue; // 対独戦勝: a blocker wins
      if (m[1]) out.push(this.abbrevMention(m[2]!, base + at + 1, 'visit-target', `${m[1]}${m[2]}`));
      else if (m[3]) out.push(this.abbrevMention(m[4]!, base + at + 1, 'against', `対${m[4]}`));
      else if (m[5]) out.push(this.abbrevMention(m[6]!, base + at + 1, 'posted-in', `駐${m[6]}`));
      else if (m[7]) {
        const chars = [...m[7]];
        const codes = new Set(chars.map((c) => this.gaz.abbrev.get(c)));
        if (codes.size < chars.length) continue; // 中中: not a dyad
        chars.forEach((c, k) => out.push(this.abbrevMention(c, base + at + k, 'dyad', m![7]!)));
      } else if (m[8]) out.push(this.abbrevMention(m[8], base + at, 'plain', m[8]));
    }
    return out;
  }

  /** Where blockers (対独戦勝, 日中戦争) occur: compounds inside them are not mentions. */
  private blockedRanges(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const b of this.blockers) {
      for (let i = text.indexOf(b); i >= 0; i = text.indexOf(b, i + 1)) out.push([i, i + b.length]);
    }
    return out;
  }

  private stateMention(code: string, start: number, surface: string): Mention {
    return { start, end: start + 1, surface, code, entityId: `state:${code}`, nameEn: null, kind: 'state', marker: 'dyad', level: null };
  }

  private abbrevMention(ch: string, start: number, marker: MentionMarker, surface: string): Mention {
    const code = this.gaz.abbrev.get(ch)!;
    const kind: ActorKind = 'state';
    return { start, end: start + 1, surface, code, entityId: `state:${code}`, nameEn: null, kind, marker, level: null };
  }
}

/** Han or katakana, with at most one bracketed Latin abbreviation: 対外情報庁(SVR)長官. */
const OFFICE_RUN = /^[一-龯ァ-ヺー]{1,14}(?:\([A-Z]{2,8}\)[一-龯ァ-ヺー]{1,8})?(?![一-龯ァ-ヺー])/u;

/**
 * 金正恩(キム・ジョンウン)総書記, ミハイル・フラトコフ(Mikhail Fradkov)長官:
 * a reading or romanisation in brackets after a name belongs to the mention,
 * so the title after it is still found and the particle after that is read.
 */
const READING = /^\((?:[ァ-ヺー・ ]|[A-Za-z .'-]){2,40}\)/u;

function skipReading(text: string, end: number): number {
  const m = READING.exec(text.slice(end, end + 44));
  return m ? end + m[0].length : end;
}

/** What may follow 南北 when it names the two Koreas (not 南北に長い, 南北朝). */
const NORTH_SOUTH_CONTEXT = /^(?:関係|首脳|会談|間|対話|協力|経済|交流|の|、|・|が|は|と|共同|合意|統一|軍事)/u;

function escapeClass(ch: string): string {
  return ch.replace(/[\]\\^-]/g, '\\$&');
}
