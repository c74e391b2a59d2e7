import type { ActorMention } from '../../core/actor.js';
import type { SentenceContext } from '../../core/sentence.js';

/**
 * Who asserts the figures of a sentence: the actor of a reporting construction
 * (〜によると, 〜は…と発表した, 〜が、…と明らかにした, 〜の推計では,
 * according to X, X said). Null when the sentence is the author's own
 * statement. Offsets are those of the whole text, like the mentions'.
 */
const JA_SOURCE_AFTER = /^[^、。]{0,30}?(?:によると|によれば|の(?:推定|推計|分析|試算|調べ|発表|報告|見積もり)(?:では|によると|によれば))/;
const JA_TOPIC_AFTER = /^[^、。はが]{0,14}?(?:は|が、)/;
const JA_IN_AFTER = /^[^、。]{0,30}?では/;
const JA_REPORT_VERB =
  /と(?:の[^。]{0,10}?(?:分析|見方|見解|推定|推計|試算|認識|情報|見通し)|した|する|して(?:いる|いた)|[^。]{0,16}?(?:発表|明らかに|述べ|分析|推定|推計|指摘|主張|報告|確認|発言|説明|語|示し|公表|試算|見積|報じ|伝え|証言|強調|表明|言及|評価))/;
const JA_PASSIVE = /(?:と|て)(?:推定|推計|見積も|予測|予想|報告|見)?(?:され|られ)|という/;
const EN_ACCORDING = /according to\s[^.;]{0,30}$/i;
const EN_VERB_AFTER = /^[^.;]{0,40}?\b(?:said|says|estimated|estimates|reported|reports|claimed|claims|told|stated|announced|noted|assessed|believes|believed|warned)\b/i;

export function findClaimant(sentence: SentenceContext, figureStart: number): ActorMention | null {
  const { text, start: base, actors } = sentence;
  if (actors.length === 0) return null;
  const after = (m: ActorMention): string => text.slice(m.end - base, m.end - base + 50);
  if (sentence.language === 'en') {
    return (
      actors.find((m) => EN_ACCORDING.test(text.slice(Math.max(0, m.start - base - 45), m.start - base))) ??
      actors.find((m) => EN_VERB_AFTER.test(after(m))) ??
      null
    );
  }
  const before = actors.filter((m) => m.end <= figureStart);
  const source = before.find((m) => JA_SOURCE_AFTER.test(after(m)));
  if (source) return source;
  const rest = text.slice(figureStart - base, figureStart - base + 160);
  if (JA_REPORT_VERB.test(rest)) {
    const topics = before.filter((m) => JA_TOPIC_AFTER.test(after(m)));
    // The mention nearest its は (韓国の申源湜国防相は → the minister, not 韓国).
    const topic = topics.find((m) => !topics.some((o) => o !== m && o.start > m.start && o.start - m.end < 12));
    if (topic) return topic;
  }
  if (JA_PASSIVE.test(rest)) return before.find((m) => JA_IN_AFTER.test(after(m))) ?? null;
  return null;
}
