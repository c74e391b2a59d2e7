import { findDates } from './iso-date.js';
import { OUTLET_DOMAINS, OUTLET_NAMES } from './known-outlets.js';

const URL = /https?:\/\/[^\s<>"「」『』〈〉《》、。，]+/;
/** Access phrases: the date sits just before (`…日閲覧`) or just after (`閲覧日:…`, `accessed …`). */
const ACCESS = /最終閲覧日|最終アクセス日?|閲覧日|アクセス日|参照日|閲覧|アクセス|参照|確認|accessed(?: on)?|retrieved(?: on)?|last (?:accessed|visited)|viewed(?: on)?/gi;

/** The first http(s) URL, without trailing punctuation. */
export function findUrl(text: string): string | null {
  const m = URL.exec(text);
  if (!m) return null;
  let url = m[0];
  while (/[.,;:!?)\]}>'’]$/.test(url) && !balancedParen(url)) url = url.slice(0, -1);
  return url;
}

function balancedParen(url: string): boolean {
  if (!url.endsWith(')')) return false;
  return (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0);
}

/**
 * The date a web source was accessed: `2023年10月1日閲覧`, `(最終閲覧日:2024/7/1)`,
 * `accessed 1 October 2023`, `Retrieved March 5, 2024`.
 */
export function findAccessDate(text: string): string | null {
  const dates = findDates(text);
  if (dates.length === 0) return null;
  ACCESS.lastIndex = 0;
  for (let m = ACCESS.exec(text); m !== null; m = ACCESS.exec(text)) {
    const kwStart = m.index;
    const kwEnd = m.index + m[0].length;
    const after = dates.find((d) => d.index >= kwEnd && d.index - kwEnd <= 4);
    if (after) return after.iso;
    const before = dates.find((d) => d.index + d.length <= kwStart && kwStart - (d.index + d.length) <= 2);
    if (before) return before.iso;
  }
  return null;
}

/**
 * Best-effort publisher: an organisation in `Name(2023)「…」`, else a known
 * outlet named in the note, else the domain of its URL, else the name in
 * `『…』(Name、2015年…)`.
 */
export function findPublisher(text: string, url: string | null): string | null {
  const organisation = namedBeforeYear(text);
  if (organisation) return organisation;
  const named = knownOutlet(text.replace(/https?:\/\/\S+/g, ' '));
  if (named) return named;
  if (url) {
    const host = hostOf(url);
    const hit = host && OUTLET_DOMAINS.find(([d]) => host === d || host.endsWith(`.${d}`));
    if (hit) return hit[1];
  }
  return namedInsideParens(text);
}

function knownOutlet(text: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const name of OUTLET_NAMES) {
    const at = text.indexOf(name);
    if (at >= 0 && (best === null || at < best.at)) best = { name, at };
  }
  return best?.name ?? null;
}

function hostOf(url: string): string | null {
  const m = /^https?:\/\/([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** Names that look like organisations rather than personal authors. */
const ORGANISATION =
  /省|庁|局|社|会|所|院|府|機構|大学|新聞|通信|放送|テレビ|ministry|agency|institute|office|council|cent(?:er|re)|news|times|post|press|service|government|department/i;

/** `Some Institute(2023)「Title」` → `Some Institute` (organisations only: authors are not publishers). */
function namedBeforeYear(text: string): string | null {
  const m = /^([^「『(\d][^「『(]{1,40}?)\s*\((?:19|20)\d{2}\)\s*[「『"]/.exec(text);
  return m && ORGANISATION.test(m[1]!) ? m[1]!.trim() : null;
}

/** `『Title』(Publisher、2015年3月31日)` → `Publisher`. */
function namedInsideParens(text: string): string | null {
  const m = /[』」]\s*\(([^(),、,]{2,30})[、,]\s*(?:19|20)\d{2}/.exec(text);
  return m ? m[1]!.trim() : null;
}
