import { Tokenizer } from 'htmlparser2';
import { isoDateFromMeta } from './iso-date.js';

export interface HtmlText {
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly publishedDate: string | null;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** Elements whose boundaries are paragraph breaks (a blank line in the output). */
const BLOCKS = new Set(
  ('address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul')
    .split(' '),
);

const AUTHOR_META = ['author', 'article:author', 'citation_author', 'dc.creator', 'dcterms.creator', 'byl'];
const PUBLISHER_META = ['og:site_name', 'publisher', 'citation_publisher', 'dc.publisher', 'dcterms.publisher', 'application-name'];
const DATE_META = [
  'article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'citation_publication_date',
  'citation_date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.date', 'article:modified_time',
];

/**
 * Extracts readable text and metadata from HTML with htmlparser2's tokenizer.
 * The tokenizer is driven directly, with counters instead of an element
 * stack: no recursion, and no O(depth) work per tag (htmlparser2's Parser
 * keeps its open-element stack with `unshift`, which makes 100k nested
 * elements take seconds). Blocks become blank lines, so the normaliser reads
 * them as paragraphs; `<br>` is a line break.
 */
export function htmlToText(html: string): HtmlText {
  const c = new TextCollector();
  const tokenizer = new Tokenizer({ decodeEntities: true }, tokenizerCallbacks(html, c));
  tokenizer.write(html);
  tokenizer.end();
  return {
    text: tidy(c.out.join('')),
    title: clean(c.title) ?? clean(c.h1),
    author: firstMeta(c.meta, AUTHOR_META, (v) => !/^https?:/.test(v)),
    publisher: firstMeta(c.meta, PUBLISHER_META),
    publishedDate: isoDateFromMeta(firstMeta(c.meta, DATE_META)),
  };
}

/** What the tokenizer events add up to. */
class TextCollector {
  readonly out: string[] = [];
  readonly meta = new Map<string, string>();
  title = '';
  h1 = '';
  private skipDepth = 0;
  private preDepth = 0;
  private inTitle = false;
  private inH1 = false;

  open(name: string, attribs: Record<string, string>): void {
    if (name === 'meta') return recordMeta(this.meta, attribs);
    if (name === 'title') this.inTitle = true;
    if (SKIPPED.has(name)) this.skipDepth++;
    if (this.skipDepth > 0) return;
    if (name === 'h1' && this.h1 === '') this.inH1 = true;
    if (name === 'pre') this.preDepth++;
    if (name === 'br') this.out.push('\n');
    else if (BLOCKS.has(name)) this.out.push('\n\n');
  }

  close(name: string): void {
    if (name === 'title') this.inTitle = false;
    if (SKIPPED.has(name)) this.skipDepth = Math.max(0, this.skipDepth - 1);
    if (this.skipDepth > 0) return;
    if (name === 'h1') this.inH1 = false;
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (BLOCKS.has(name)) this.out.push('\n\n');
  }

  text(data: string): void {
    if (this.inTitle) this.title += data;
    if (this.skipDepth > 0 || this.inTitle) return;
    const text = this.preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
    if (this.inH1) this.h1 += text;
    this.out.push(text);
  }
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function tokenizerCallbacks(html: string, c: TextCollector): ConstructorParameters<typeof Tokenizer>[1] {
  let tag = '';
  let attribs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  const openTag = () => {
    c.open(tag, attribs);
    if (VOID.has(tag)) c.close(tag);
  };
  return {
    onopentagname: (s, e) => {
      tag = html.slice(s, e).toLowerCase();
      attribs = {};
    },
    onattribname: (s, e) => {
      attrName = html.slice(s, e).toLowerCase();
      attrValue = '';
    },
    onattribdata: (s, e) => void (attrValue += html.slice(s, e)),
    onattribentity: (cp) => void (attrValue += String.fromCodePoint(cp)),
    onattribend: () => void (attribs[attrName] ??= attrValue),
    onopentagend: openTag,
    onselfclosingtag: () => {
      openTag();
      if (!VOID.has(tag)) c.close(tag);
    },
    onclosetag: (s, e) => c.close(html.slice(s, e).toLowerCase()),
    ontext: (s, e) => c.text(html.slice(s, e)),
    ontextentity: (cp) => c.text(String.fromCodePoint(cp)),
    oncdata: () => {},
    oncomment: () => {},
    ondeclaration: () => {},
    onprocessinginstruction: () => {},
    onend: () => {},
  };
}

function recordMeta(meta: Map<string, string>, attribs: Record<string, string>): void {
  const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? '').toLowerCase();
  const value = attribs['content'];
  if (key && value && !meta.has(key)) meta.set(key, value);
}

function firstMeta(meta: Map<string, string>, keys: readonly string[], accept = (_: string) => true): string | null {
  for (const key of keys) {
    const v = clean(meta.get(key) ?? '');
    if (v !== null && accept(v)) return v;
  }
  return null;
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Trims each line and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
