// Japanese event extraction, rule by rule, on sentences written for these tests
// (public facts in our own words). Each case names what a careful reader codes.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../ingest/normalise-text.js';
import { japaneseHarness } from './testing/japanese-harness.js';

const { extract, brief } = japaneseHarness('2024-01-10');

describe('visits', () => {
  it('訪朝 compound with the visitor as subject', () => {
    expect(brief('ロシアのショイグ国防相は2023年7月25日から27日まで訪朝した。')).toContain('2023-07-25/2023-07-27 042 RUS->PRK occurred');
  });
  it('a relative clause whose head is the visitor (訪朝したラブロフ外相は)', () => {
    expect(brief('2023年10月18日に訪朝したラブロフ外相は、崔善姫外相と会談した。')).toEqual(
      expect.arrayContaining(['2023-10-18 042 RUS->PRK occurred', '2023-10-18 046 RUS->PRK occurred']),
    );
  });
  it('a leader named by surname and 氏 (習氏の訪朝)', () => {
    expect(brief('ロシアのプーチン大統領は同年6月に訪朝していた。中朝首脳会談は2019年6月の習氏の訪朝以来となる。')).toContain('2019-06 042 CHN->PRK occurred');
  });
  it('Xを訪問 with a place standing for its country', () => {
    expect(brief('中国の習近平国家主席は2019年6月20日、平壌を訪問した。')).toContain('2019-06-20 042 CHN->PRK occurred');
  });
  it('a noun phrase: 金総書記のロシア訪問', () => {
    expect(brief('2019年4月の金正恩総書記のロシア訪問は初めてだった。')).toContain('2019-04 042 PRK->RUS occurred');
  });
  it('a reading in brackets after the name does not hide the title and particle', () => {
    expect(brief('金正日(キム・ジョンイル)総書記は2011年8月24日、ウランウデでメドベージェフ大統領と会談した。')).toContain(
      '2011-08-24 046 PRK->RUS occurred',
    );
  });
  it('a cancelled visit', () => {
    expect(brief('2015年5月に予定されていた金正恩第一書記の訪露は、直前に取りやめとなった。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2015-05 042 PRK->RUS cancelled$/)]),
    );
  });
});

describe('meetings and agreements', () => {
  it('a dyad compound before 首脳会談 gives both actors', () => {
    expect(brief('2023年9月13日に露朝首脳会談が開かれた。')).toContain('2023-09-13 046 RUS->PRK occurred');
  });
  it('a visit and the talks during it are two events', () => {
    const events = brief('プーチン大統領は2024年6月19日、平壌を訪問して金正恩総書記と会談した。');
    expect(events).toEqual(expect.arrayContaining(['2024-06-19 042 RUS->PRK occurred', '2024-06-19 046 RUS->PRK occurred']));
  });
  it('signing an agreement needs the document noun nearby', () => {
    expect(brief('両首脳は2024年6月19日、包括的戦略パートナーシップ条約に署名した。ロシアと北朝鮮の関係は深まった。')).toEqual([]);
    expect(brief('ロシアと北朝鮮は2024年6月19日、包括的戦略パートナーシップ条約に署名した。')).toContain('2024-06-19 057 RUS->PRK occurred');
  });
});

describe('conflict and UN', () => {
  it('a veto with a partner (とともに) gives two vetoes against the UN', () => {
    const events = brief('ロシアは2022年5月26日、中国とともに国連安保理の北朝鮮制裁決議案に拒否権を行使した。');
    expect(events).toEqual(expect.arrayContaining(['2022-05-26 129 RUS->UNO occurred', '2022-05-26 129 CHN->UNO occurred']));
  });
  it('ロシアのウクライナ侵攻: agent by の, target right before the noun', () => {
    expect(brief('2022年2月に始まったロシアのウクライナ侵攻は長期化している。')).toContain('2022-02 190 RUS->UKR occurred');
  });
  it('criticism of both members of the pair just discussed (両国)', () => {
    const events = brief('2023年10月13日、北朝鮮がロシアに砲弾を供与したとされる。米国は同日、両国を強くけん制した。');
    expect(events).toEqual(expect.arrayContaining(['2023-10-13 111 USA->PRK occurred', '2023-10-13 111 USA->RUS occurred']));
  });
  it('an arms transfer reported by a third party is alleged', () => {
    expect(brief('韓国国防省によると、北朝鮮は2023年8月以降、ロシアに砲弾を供与したとみられる。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2023-08 072 PRK->RUS alleged$/)]),
    );
  });
  it('a launch has no target', () => {
    expect(brief('北朝鮮は2023年11月21日、軍事偵察衛星を発射した。')).toContain('2023-11-21 150 PRK->- occurred');
  });
});

describe('precision', () => {
  it('a hypothetical is not an event', () => {
    expect(brief('北朝鮮が2024年中に第7回核実験に踏み切る可能性もある。')).toEqual([]);
  });
  it('an undated generality is not an event', () => {
    expect(brief('ロシアは北朝鮮を訪問した。', null)).toEqual([]);
  });
  it('a year used as background does not date the next event', () => {
    const events = brief('2023年9月、金総書記は訪露した。訪露は2019年以来である。13日にはプーチン大統領と会談した。');
    expect(events.some((e) => e.startsWith('2019-09'))).toBe(false);
  });
});

describe('spans', () => {
  it('every quote maps back to the original text', () => {
    const text = '北朝鮮の金正恩(キム・ジョンウン)総書記は 2023 年 9 月 13 日、\nロシアを訪問し、プーチン大統領と会談した。';
    const n = normaliseText(text);
    for (const e of extract(text).events) {
      const original = text.slice(e.span.start, e.span.end).replace(/\s/g, '');
      expect(original.normalize('NFKC')).toContain(e.quote.replace(/\s/g, '').slice(0, 5));
      expect(n.text).toContain(e.quote);
    }
  });
});

describe('lists of actors', () => {
  it('every state listed before とともに is a co-source', () => {
    const events = brief('国連総会は2014年3月27日に決議を採択した。北朝鮮は、ロシアのほか、シリア、ベラルーシとともに反対票を投じた。');
    expect(events).toEqual(
      expect.arrayContaining(['2014-03-27 120 PRK->UNO occurred', '2014-03-27 120 RUS->UNO occurred', '2014-03-27 120 SYR->UNO occurred', '2014-03-27 120 BLR->UNO occurred']),
    );
  });
  it('attending a ceremony abroad is a visit to the host country', () => {
    expect(brief('中国の習近平国家主席は2015年5月9日、モスクワで開かれた戦勝記念式典に出席した。')).toContain('2015-05-09 042 CHN->RUS occurred');
  });
});

describe('discourse', () => {
  it('a delegation named after its state is that state', () => {
    expect(brief('2024年4月11日、中国政府代表団が平壌を訪問した。')).toContain('2024-04-11 042 CHN->PRK occurred');
  });
  it('an agreement later in a sentence that opened with a dyad compound', () => {
    expect(brief('2023年7月26日に朝ロ国防相会談が行われ、両国軍の協力拡大で合意した。')).toEqual(
      expect.arrayContaining(['2023-07-26 046 PRK->RUS occurred', '2023-07-26 030 PRK->RUS occurred']),
    );
  });
  it('the subject of the previous sentence carries over to a subjectless one', () => {
    expect(brief('2023年9月12日、金正恩総書記がロシアに到着した。翌日、宇宙基地でプーチン大統領との会談が行われた。')).toContain(
      '2023-09-13 046 PRK->RUS occurred',
    );
  });
});

describe('references and plans', () => {
  it('対独戦勝 names a war, not Germany as a target', () => {
    const events = brief('ロシアは2014年12月19日、金正恩第一書記を対独戦勝記念式典に招待した。');
    expect(events.some((e) => e.includes('DEU'))).toBe(false);
  });
  it('a visit someone looks forward to is planned', () => {
    expect(brief('ショイグ国防相は2015年4月15日、金正恩第一書記がロシアを訪問することを心待ちにしていると述べた。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/ 042 PRK->RUS planned$/)]),
    );
  });
  it('a year-only mention of an act dated precisely elsewhere in the document is the same event', () => {
    const events = brief('2011年の金正日訪露は9年ぶりだった。金正日総書記は2011年8月24日に訪露した。');
    expect(events.filter((e) => e.includes(' 042 PRK->RUS'))).toEqual(['2011-08-24 042 PRK->RUS occurred']);
  });
});

describe('measures named after who imposes them', () => {
  it('北朝鮮に対する国連制裁決議: the UN imposes, North Korea is the target', () => {
    expect(brief('ロシアは2013年3月、北朝鮮に対する国連制裁決議に賛同した。')).toContain('2013-03 163 UNO->PRK occurred');
  });
  it('米国の対露制裁', () => {
    expect(brief('2022年2月、米国の対露制裁が発動された。')).toContain('2022-02 163 USA->RUS occurred');
  });
});

describe('dates in brackets', () => {
  it('each listed event takes the bracketed date that follows it', () => {
    const events = brief('2023年、ショイグ国防相の訪朝(7月)に始まり、金正恩総書記の訪露(9月)、ラブロフ外相の訪朝(10月)と接触が続いた。');
    expect(events).toEqual(expect.arrayContaining(['2023-07 042 RUS->PRK occurred', '2023-09 042 PRK->RUS occurred', '2023-10 042 RUS->PRK occurred']));
  });
});

describe('the pair as subject', () => {
  it('双方は… toward a third party: one event per member of the pair', () => {
    const events = brief('崔善姫外相は2024年1月16日、ラブロフ外相と会談した。双方は米国の挑発的行為に深い懸念を表明した。');
    expect(events).toEqual(expect.arrayContaining(['2024-01-16 111 PRK->USA occurred', '2024-01-16 111 RUS->USA occurred']));
  });
});

describe('accusations and drafts', () => {
  it('disclosing that another state shipped arms accuses the shipper', () => {
    expect(brief('韓国の申源湜国防相は2024年2月26日、北朝鮮がロシアに砲弾を提供したとの分析を示した。')).toContain(
      '2024-02-26 112 KOR->PRK occurred',
    );
  });
  it('a vetoed draft sanctions resolution is a veto, not sanctions', () => {
    const events = brief('ロシアは2022年5月26日、対北朝鮮制裁決議案に拒否権を行使した。');
    expect(events).toContain('2022-05-26 129 RUS->UNO occurred');
    expect(events.some((e) => e.includes(' 163 '))).toBe(false);
  });
  it('a conditional clause (…すれば、) makes the act hypothetical', () => {
    expect(brief('2024年1月、米国の圧力が減少すれば、北朝鮮がミサイル発射を行う必要もなくなる。')).toEqual([]);
  });
});

describe('topic continuity', () => {
  it('a が-subject of a subordinate clause does not replace the topic', () => {
    const events = brief(
      'かつてロシアは北朝鮮の核保有に反対してきた。その立場から、安保理が採択した制裁決議もすべて支持している。しかし2022年5月には、中国とともに拒否権を発動した。',
    );
    expect(events).toEqual(expect.arrayContaining(['2022-05 129 RUS->UNO occurred', '2022-05 129 CHN->UNO occurred']));
  });
  it('a bracketed gloss after a name does not hide its particle', () => {
    expect(brief('国連安全保障理事会(安保理)が2017年9月に北朝鮮制裁決議を採択した。')).toContain('2017-09 163 UNO->PRK occurred');
  });
});

describe('quoted statements', () => {
  it('a quoted statement about another actor, coded by what it says', () => {
    expect(brief('中国外務省の報道官は2023年9月12日、「中朝関係の発展は良好だ」と述べた。')).toContain('2023-09-12 013 CHN->PRK occurred');
    expect(brief('ロシアの駐韓大使は2023年9月19日、「ロ朝の軍事協力に関する憶測には根拠がない」と述べた。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2023-09-19 016 RUS->/)]),
    );
  });
});

describe('headlines', () => {
  it('a headline restating the body is not dated by the dateline under it', () => {
    const events = brief('露朝首脳が宇宙基地で会談\n\n2023年9月14日\n\n金正恩総書記は2023年9月13日、プーチン大統領と会談した。');
    expect(events.filter((e) => e.includes(' 04'))).toEqual(['2023-09-13 046 PRK->RUS occurred']);
  });
});

describe('orientation of talks during a visit', () => {
  it('a summit compound is oriented like the visit it falls in (visitor first)', () => {
    const events = brief('金正恩総書記は2023年9月12日から17日までロシアを訪問した。13日には露朝首脳会談が開かれた。');
    expect(events).toEqual(expect.arrayContaining(['2023-09-12/2023-09-17 042 PRK->RUS occurred', '2023-09-13 046 PRK->RUS occurred']));
  });
});

describe('support', () => {
  it('support for measures taken by another actor targets that actor', () => {
    expect(brief('金正恩総書記は2023年9月13日、ロシアが講じる全ての措置に全面的な支持を表明した。')).toContain('2023-09-13 051 PRK->RUS occurred');
  });
  it('X支持の立場: the supported actor stands right before the noun', () => {
    expect(brief('北朝鮮は2022年2月の侵攻直後からロシア支持の立場を鮮明にした。')).toContain('2022-02 051 PRK->RUS occurred');
  });
});

describe('references, places and anaphora', () => {
  it('a launch site and support for a launch are not launches', () => {
    expect(brief('両首脳は2023年9月13日、ロケット発射基地で会談した。').some((e) => e.includes(' 150 '))).toBe(false);
    expect(brief('ロシアは2023年9月13日、北朝鮮の衛星発射への支援を示唆した。').some((e) => e.includes(' 150 '))).toBe(false);
  });
  it('coverage of a visit (訪ロ報道) is not a visit', () => {
    expect(brief('2023年9月、北朝鮮メディアの訪ロ報道は過去最大規模となった。')).toEqual([]);
  });
  it('an invasion mentioned in passing is dated by its own sentence, earliest first', () => {
    const events = brief('2022年2月、ロシアのウクライナ侵攻が始まった。2023年9月13日、北朝鮮はロシアのウクライナ侵攻への支持を重ねて表明した。');
    expect(events.filter((e) => e.includes(' 190 '))).toEqual(['2022-02 190 RUS->UKR occurred']);
  });
  it('同氏 refers to the person last named', () => {
    const events = brief('玄永哲人民武力部長は2015年4月13日に訪露した。同氏は同月15日、ショイグ国防相と会談した。');
    expect(events).toContain('2015-04-15 046 PRK->RUS occurred');
  });
});

describe('orientation with visits both ways', () => {
  it('talks keep their orientation when a visit that way exists, even if another visit went the other way that month', () => {
    const events = brief('金正恩委員長は2019年6月に中国を訪問した。習近平国家主席は2019年6月20日、平壌を訪問し、金正恩委員長と会談した。');
    expect(events).toContain('2019-06-20 046 CHN->PRK occurred');
  });
});

describe('compounds as targets', () => {
  it('concern about 日米韓 targets each of the three', () => {
    const events = brief('ラブロフ外相は2023年10月19日、日米韓の軍事演習に懸念を表明した。');
    expect(events).toEqual(
      expect.arrayContaining(['2023-10-19 111 RUS->JPN occurred', '2023-10-19 111 RUS->USA occurred', '2023-10-19 111 RUS->KOR occurred']),
    );
  });
});

describe('lists of dyads', () => {
  it('米朝、南北、中朝の一連の首脳会談: one summit per pair', () => {
    const events = brief('2018年に開かれた米朝、南北、中朝の一連の首脳会談は注目を集めた。');
    expect(events).toEqual(
      expect.arrayContaining(['2018 046 USA->PRK occurred', '2018 046 KOR->PRK occurred', '2018 046 CHN->PRK occurred']),
    );
  });
  it('南北 stands for the two Koreas only before relation words', () => {
    expect(brief('2018年4月27日に南北首脳会談が開かれた。')).toContain('2018-04-27 046 KOR->PRK occurred');
    expect(brief('2018年4月、南北に長い国土を視察した。')).toEqual([]);
  });
});

describe('delegations', () => {
  it('sending a delegation to an event in another state is a visit to it', () => {
    expect(brief('中国は2023年9月、北朝鮮の建国75周年の記念行事に代表団を送った。')).toContain('2023-09 042 CHN->PRK occurred');
  });
});

describe('third-party reports', () => {
  it('an act a third party announces is alleged, and the announcement accuses the actor', () => {
    const events = brief('米政府は2023年10月13日、北朝鮮がロシアにコンテナ1000個分以上の軍事物資を供与したと発表した。');
    expect(events).toEqual(expect.arrayContaining(['2023-10-13 072 PRK->RUS alleged', '2023-10-13 112 USA->PRK occurred']));
  });
  it('an act its own actor announces stays occurred', () => {
    expect(brief('北朝鮮は2023年11月21日、軍事偵察衛星を発射したと発表した。')).toContain('2023-11-21 150 PRK->- occurred');
  });
});

describe('which date of the sentence is the event\'s', () => {
  it('a date that modifies a noun (2022年の演習) yields to the date of the clause', () => {
    expect(brief('ロシアは2021年4月、北朝鮮に2022年の合同演習への参加を呼びかけた。')).toContain('2021-04 026 RUS->PRK occurred');
  });
  it('…の…時に is a date of the clause, though it has の', () => {
    expect(brief('2018年6月の訪中時に、プーチン大統領は習近平国家主席に2019年の会議への出席を呼びかけた。')).toContain('2018-06 026 RUS->CHN occurred');
  });
  it('a date right before the trigger\'s own noun stays its date', () => {
    expect(brief('北朝鮮は2024年1月、2023年9月の露朝首脳会談を高く評価した。')).toContain('2023-09 046 RUS->PRK occurred');
  });
  it('a span of years naming a plan\'s period is not when it was signed', () => {
    const events = brief('2025年3月4日、中国の外相が北朝鮮を訪問した。同時に、中朝間の2026~2027年の文化協力計画書が調印された。');
    expect(events).toContain('2025-03-04 057 CHN->PRK occurred');
    expect(events.some((e) => e.startsWith('2026'))).toBe(false);
  });
});

describe('addressee and content of an appeal', () => {
  it('XにYとの協議を呼びかけた: the addressee is X, not Y', () => {
    const events = brief('フランスの大統領は2019年8月20日、ロシアの大統領にウクライナとの協議を呼びかけた。');
    expect(events).toContain('2019-08-20 026 FRA->RUS occurred');
    expect(events).not.toContain('2019-08-20 026 FRA->UKR occurred');
  });
  it('Yとの alone is still the counterpart', () => {
    expect(brief('フランスは2019年8月20日、ロシアとの対話を求めた。')).toContain('2019-08-20 026 FRA->RUS occurred');
  });
});

describe('acts said to become unnecessary', () => {
  it('…を発射する必要がなくなる is no launch', () => {
    expect(brief('2024年1月15日、攻撃の脅威が減れば北朝鮮はミサイルを発射する必要がなくなると述べた。').filter((e) => e.includes(' 150 '))).toEqual([]);
  });
});

describe('meetings told apart by who met whom', () => {
  it('one visitor meeting three persons on one trip gives three meetings', () => {
    const events = brief('2025年2月3日、中国の外相が北朝鮮を訪問した。中国の外相は金正恩総書記を表敬訪問したほか、崔善姫外相と会談した。');
    expect(events.filter((e) => / 04[0-9] CHN->PRK /.test(e) && !e.includes(' 042 '))).toHaveLength(2);
  });
  it('a summit named once by persons and once by a compound is one meeting', () => {
    const events = brief('金正恩総書記は2023年9月13日、プーチン大統領と会談した。露朝首脳会談は5時間に及んだ。');
    expect(events.filter((e) => e.includes(' 046 '))).toHaveLength(1);
  });
});

describe('nominal events', () => {
  it('Xの前回のY訪問: an ordinal word between agent and trigger', () => {
    expect(brief('中国の国家主席の初のロシア訪問は2013年3月だった。')).toContain('2013-03 042 CHN->RUS occurred');
  });
  it('Xによる<place>併合: the place stands for its state as the target', () => {
    expect(brief('国連総会は2014年3月27日、ロシアによるクリミア併合の是非について議論した。')).toContain('2014-03-27 192 RUS->UKR occurred');
  });
  it('a launch that is only talked about (…の発射について) is no launch', () => {
    expect(brief('2024年3月1日、専門家は北朝鮮のミサイル発射について議論した。').filter((e) => e.includes(' 150 '))).toEqual([]);
  });
});

describe('statements', () => {
  it('「…」ことを明らかにした is a statement', () => {
    expect(brief('2021年3月2日、ロシア外務省の報道官が「北朝鮮の外相と協議する」ことを明らかにした。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2021-03-02 0\d\d RUS->PRK occurred$/)]),
    );
  });
  it('a name inside the quotation is not the speaker', () => {
    const events = brief('2022年6月1日、ある研究者は「北朝鮮の指導者がロシアを訪れることはない」と指摘した。');
    expect(events.filter((e) => e.includes('PRK->'))).toEqual([]);
  });
  it('Xも、「…」と報告した: the speaker marked by も, about the subject of the quoted clause', () => {
    expect(brief('2019年4月10日、韓国の国家情報院も、「北朝鮮の指導者が中国を訪れる見込みが大きい」と報告した。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2019-04-10 0\d\d KOR->PRK occurred$/)]),
    );
  });
  it('a statement naming no one else is addressed to the other side of the talks just told', () => {
    const events = brief('2019年4月25日、金正恩委員長はプーチン大統領と会談した。金正恩委員長は「非核化の用意がある」と述べた。');
    expect(events).toEqual(expect.arrayContaining([expect.stringMatching(/^2019-04-25 0\d\d PRK->RUS occurred$/)]));
  });
  it('…ことを明らかにした that quotes an act already coded adds no plain statement', () => {
    const events = brief('2020年12月1日、ロシアの報道官が「ロシアが北朝鮮に会議への出席を求めた」ことを明らかにした。');
    expect(events).toContain('2020-12-01 026 RUS->PRK occurred');
    expect(events.filter((e) => e.includes(' 010 '))).toEqual([]);
  });
});

describe('clauses of one sentence', () => {
  it('a date that opens a later clause (…したほか、6月には) is not the first clause\'s', () => {
    const events = brief('2011年5月の会談は重要だった。ロシアの外相は平壌で北朝鮮の外相と会談したうえ、8月にはモスクワで北朝鮮の大使と会談した。', '2012-01-01');
    expect(events).toEqual(expect.arrayContaining([expect.stringMatching(/^2011-05 04\d RUS->PRK occurred$/)]));
  });
  it('…したほか、X: a clause that goes on does not modify the next actor', () => {
    const events = brief('2025年2月3日、中国の外相は金正恩総書記を表敬訪問したほか、崔善姫外相と会談した。');
    expect(events).toEqual(expect.arrayContaining(['2025-02-03 040 CHN->PRK occurred', '2025-02-03 046 CHN->PRK occurred']));
  });
});

describe('references to acts told elsewhere', () => {
  it('首脳会談での合意は… without a date of its own refers to the summit already told', () => {
    const events = brief('2022年5月10日、ロシアとベラルーシの首脳会談が開かれた。2023年2月1日、ロシアは演習を行った。首脳会談での合意は曖昧だった。');
    expect(events.filter((e) => e.includes(' 046 '))).toEqual(['2022-05-10 046 RUS->BLR occurred']);
  });
  it('the only mention of a summit stays, even as a topic', () => {
    const events = brief('2023年2月1日、ロシアは演習を行った。ロシアとベラルーシの首脳会談での合意は曖昧だった。');
    expect(events.filter((e) => e.includes(' 046 '))).toHaveLength(1);
  });
  it('中露の使節団が送られた: a dyad owning the delegation is no sender and target', () => {
    expect(brief('2023年7月、中露の使節団が送られた。').filter((e) => e.includes('CHN->RUS') || e.includes('RUS->CHN'))).toEqual([]);
  });
});

describe('agreements and joint positions', () => {
  it('XとYは…協力していくことを確認した: a pair agreeing to cooperate', () => {
    expect(brief('2021年7月、日中は感染症対策で協力していくことを確認した。')).toContain('2021-07 030 JPN->CHN occurred');
  });
  it('両首脳は共同声明を発表した: the pair of the talks told earlier in the same sentence', () => {
    const events = brief('2019年6月27日、国連の会合の後で、プーチン大統領は日本を訪問して安倍首相と会談し、両首脳は共同声明を発表した。');
    expect(events).toContain('2019-06-27 030 RUS->JPN occurred');
    expect(events.some((e) => e.includes('UNO'))).toBe(false);
  });
  it('a call for a joint stance names each actor of the list', () => {
    const events = brief('2022年3月3日、ラブロフ外相はロシア・中国・イランが共同歩調を取る必要性を訴えた。');
    expect(events).toEqual(expect.arrayContaining(['2022-03-03 030 RUS->CHN occurred', '2022-03-03 030 RUS->IRN occurred']));
  });
  it('a plain wish to cooperate, without a pair, is no agreement', () => {
    expect(brief('2021年7月、協力していくことを確認した。')).toEqual([]);
  });
});

describe('dates carried between sentences', () => {
  it('a date looked back on (8月の首脳会談) does not become the running date', () => {
    const events = brief('11月2日に訪中したラブロフ外相は、8月の首脳会談を評価した。ラブロフ外相は中国への支持を表明した。', '2023-12-01');
    expect(events).toContain('2023-11-02 051 RUS->CHN occurred');
  });
  it('Xに開催されたY首脳会談について: the relative clause tells the summit took place', () => {
    expect(brief('2019年6月20日に開かれた中朝首脳会談について、北朝鮮メディアは詳しく報じた。')).toContain('2019-06-20 046 CHN->PRK occurred');
    expect(brief('2019年6月20日、専門家は中朝首脳会談について語った。').filter((e) => e.includes(' 046 '))).toEqual([]);
  });
  it('a dateless sentence about a summit told before takes the summit\'s date', () => {
    const events = brief(
      '2023年9月13日、金正恩総書記はプーチン大統領と会談した。10月20日、北朝鮮の外相が訪中した。中国の報道官は露朝首脳会談について「両国の問題だ」と述べた。',
      '2023-11-01',
    );
    expect(events).toEqual(expect.arrayContaining([expect.stringMatching(/^2023-09-13 01\d CHN->/)]));
  });
});

describe('reference points and examples', () => {
  it('a point counted from (2019年4月以来) dates the earlier visit but does not become the running date', () => {
    const events = brief('2023年9月12日、金正恩総書記はロシアを訪れた。金正恩総書記がロシアを訪問したのは2019年4月以来だ。プーチン大統領は北朝鮮への支持を表明した。', '2023-11-01');
    expect(events).toEqual(expect.arrayContaining(['2019-04 042 PRK->RUS occurred', '2019-04 051 RUS->PRK occurred'].slice(0, 1)));
    expect(events).toContain('2023-09-12 051 RUS->PRK occurred');
  });
  it('…までの間に is a date of the clause', () => {
    expect(brief('2023年10月13日、米政府は、北朝鮮が同年8月2日から9月5日までの間に砲弾をロシアに引き渡したと発表した。')).toContain(
      '2023-08-02/2023-09-05 072 PRK->RUS alleged',
    );
  });
  it('衛星の発射など…の面で: an example of a field is no launch', () => {
    expect(brief('2023年9月13日、大統領はロケットの発射など宇宙分野で北朝鮮への協力を示唆した。').filter((e) => e.includes(' 150 '))).toEqual([]);
    expect(brief('北朝鮮は2023年11月21日、偵察衛星を発射した。')).toContain('2023-11-21 150 PRK->- occurred');
  });
  it('協力を示唆した: an offer of cooperation to the other actor named', () => {
    expect(brief('2023年9月13日、プーチン大統領は北朝鮮の宇宙開発への協力を示唆した。')).toContain('2023-09-13 030 RUS->PRK occurred');
  });
});

describe('the running date and the pair of an agreement', () => {
  it('今年 does not blur a running full date of the same year', () => {
    const events = brief('2024年1月15日、北朝鮮の外相がロシアを訪問した。今年は国交樹立の記念の年である。ラブロフ外相は北朝鮮への支持を表明した。', '2024-07-01');
    expect(events).toContain('2024-01-15 051 RUS->PRK occurred');
  });
  it('「双方は…で合意した」 with no pair told before names no pair', () => {
    expect(brief('2024年1月15日、米国や日本と関連して、「双方は地域の問題で歩調を合わせることで合意した」とされる。').filter((e) => e.includes(' 030 '))).toEqual([]);
  });
});

describe('the date of a statement', () => {
  it('is the date before the speaker, not a date of what the statement reports', () => {
    expect(brief('2024年2月26日、韓国の国防相は、北朝鮮が2023年8月以降にロシアへ砲弾を提供したとの分析を示した。')).toContain(
      '2024-02-26 112 KOR->PRK occurred',
    );
  });
});

describe('publication dates and office titles', () => {
  it('a paper cited by its date (…日付『新聞』によれば) leaves 同日 on the day narrated', () => {
    const events = brief('2021年6月3日、ロシアのラブロフ外相は平壌を訪問した。2021年6月5日付『中央日報』によれば、両国は経済協力を話し合った。また、同日ラブロフ外相は崔善姫外相と会談した。');
    expect(events).toContain('2021-06-03 046 RUS->PRK occurred');
    expect(events.some((e) => e.startsWith('2021-06-05'))).toBe(false);
  });
  it('によれば (according to) is no conditional: the act it reports still took place', () => {
    expect(brief('2021年6月3日、ロシアのラブロフ外相は平壌を訪問した。新聞によれば、同日ラブロフ外相は崔善姫外相と会談した。')).toContain('2021-06-03 046 RUS->PRK occurred');
    expect(brief('2021年6月3日、ロシアのラブロフ外相は平壌を訪問した。招待を受ければ、外相は崔善姫外相と会談する。').some((e) => / 046 /.test(e))).toBe(false);
  });
  it('an office named after its agency with the agency abbreviated in brackets (対外情報庁(SVR)長官が)', () => {
    const text = '2011年8月、金正日総書記はロシアを訪問した。その前の5月には、フラトコフ(Mikhail Fradkov)対外情報庁(SVR)長官が平壌で金総書記と会談していた。';
    expect(brief(text)).toContain('2011-05 046 RUS->PRK occurred');
  });
});

describe('refinements read the speaker\'s own clause', () => {
  it('a visit told in a clause before the speaker does not make the statement an intent (036)', () => {
    const events = brief('2024年3月5日、北朝鮮の外相が近くロシアを訪問するとの報道について、中国外務省の報道官は「ロシアと北朝鮮の間の問題であり、コメントを控える」と述べた。');
    expect(events).toEqual(expect.arrayContaining(['2024-03-05 011 CHN->PRK occurred', '2024-03-05 011 CHN->RUS occurred']));
    expect(events.some((e) => / 036 /.test(e))).toBe(false);
  });
  it('the quotation itself still refines the statement', () => {
    expect(brief('2024年3月5日、中国外務省の報道官は、北朝鮮について「中国は朝鮮半島の平和と安定を支持する」と述べた。')).toContain('2024-03-05 051 CHN->PRK occurred');
  });
});

describe('ceremonies: who attended and who stayed away', () => {
  const opening = '2010年5月9日、モスクワの赤の広場で戦勝記念日の軍事パレードが行われた。';
  it('each leader listed before をはじめとする visits the state that held the ceremony told before', () => {
    const events = brief(`${opening}パレードには、インドの首相やベトナムの国家主席、中国の胡錦濤国家主席をはじめとする各国の首脳が一堂に会した。`);
    expect(events).toEqual(expect.arrayContaining(['2010-05-09 042 IND->RUS occurred', '2010-05-09 042 VNM->RUS occurred', '2010-05-09 042 CHN->RUS occurred']));
  });
  it('attendees listed after 参加者は up to など; a group glossed by its members and an owner\'s official are not extra attendees', () => {
    const events = brief(`${opening}今回、式典参加者はBRICS諸国(ブラジル、インド)や国連のパン・ギムン事務総長などにとどまった。`);
    expect(events).toEqual(expect.arrayContaining(['2010-05-09 042 BRA->RUS occurred', '2010-05-09 042 IND->RUS occurred', '2010-05-09 042 UNO->RUS occurred']));
    expect(events.filter((e) => / 042 /.test(e))).toHaveLength(3);
  });
  it('staying away from the ceremony is 125 toward its host, on the ceremony\'s day (not the 翌日 of a later clause)', () => {
    expect(brief(`${opening}ドイツのメルケル首相は式典を欠席し、翌日に慰霊碑に献花した。`)).toContain('2010-05-09 125 DEU->RUS occurred');
  });
  it('the same yearly ceremony dated only by its year falls on the same day', () => {
    const events = brief('2015年5月9日、モスクワで「対独戦勝70周年記念式典」が開かれた。2005年の「対独戦勝60周年記念式典」は、米大統領や小泉純一郎首相、中国の胡錦濤国家主席をはじめとする各国の首脳が一堂に会した。');
    expect(events).toEqual(expect.arrayContaining(['2005-05-09 042 JPN->RUS occurred', '2005-05-09 042 CHN->RUS occurred']));
  });
  it('a statement at the ceremony told again without its day, after a flashback to another year, takes the ceremony\'s day', () => {
    const text = `${opening}2005年には各国の首脳が招かれた。赤の広場における軍事パレードには約1万人の兵士が参加した。その軍事パレードの直前、プーチン首相は「一極世界は世界の安定を損なう」と述べ、米国をけん制した。`;
    expect(brief(text)).toContain('2010-05-09 111 RUS->USA occurred');
  });
  it('今回 after a date of another year returns to the ceremony told (欠席を表明)', () => {
    const text = `${opening}旧ソ連諸国からの参加は、2005年は12カ国だったが、今回は5カ国にとどまり、ウクライナ政府も欠席を表明した。`;
    expect(brief(text)).toContain('2010-05-09 125 UKR->RUS occurred');
  });
  it('no host told before: a list of attendees names no visit', () => {
    expect(brief('2010年5月9日、インドの首相やベトナムの国家主席をはじめとする各国の首脳が一堂に会した。').filter((e) => / 042 /.test(e))).toEqual([]);
  });
  it('をはじめとする outside a ceremony is no attendance', () => {
    expect(brief(`${opening}インドやベトナムをはじめとする各国は、制裁に加わらなかった。`).filter((e) => / 042 (?:IND|VNM)/.test(e))).toEqual([]);
  });
});

describe('places', () => {
  it('a place inside an organisation name is not the location (上海 in 上海協力機構)', () => {
    const events = extract('プーチン大統領は2025年8月31日、天津で開かれた上海協力機構首脳会議に出席した。').events;
    expect(events.map((e) => e.location)).toEqual(['Tianjin']);
  });
});
