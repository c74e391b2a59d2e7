// Acts named by nouns and set phrases (round 3, acts and happenings): UN
// resolutions and votes, meetings held in the other side's country, delegations
// sent to anniversaries, conflicts, transits, debts. Sentences of our own
// stating public facts; each rule has a sentence where it must not fire.
import { describe, expect, it } from 'vitest';
import { japaneseHarness } from './testing/japanese-harness.js';

const { extract, brief } = japaneseHarness('2024-01-10');

describe('UN resolutions and votes', () => {
  it('backing resolutions the Security Council adopted: the backer, not the Council, toward the UN', () => {
    const events = brief('中国は、安保理が2016年に採択した対北朝鮮制裁決議をすべて支持した。');
    expect(events).toContain('2016 051 CHN->UNO occurred');
    expect(events.some((e) => / 051 UNO->/u.test(e))).toBe(false);
  });
  it('a General Assembly resolution condemning a state is the UN criticising it', () => {
    expect(brief('2022年10月12日、国連はロシアを非難する国連総会決議を採択した。')).toContain('2022-10-12 111 UNO->RUS occurred');
    expect(brief('2014年3月27日にロシアによるクリミア併合の無効性について採択した国連総会決議に、多くの国が賛成した。')).toContain(
      '2014-03-27 111 UNO->RUS occurred',
    );
  });
  it('a resolution that names no condemned state gives no UN criticism', () => {
    expect(brief('2022年10月12日、国連総会決議が採択された。').some((e) => / 111 /u.test(e))).toBe(false);
  });
  it('voting against, written 投票(反対)', () => {
    expect(brief('ベラルーシは2022年3月2日の国連総会決議でロシアを支持する投票(反対)を行った。')).toContain('2022-03-02 120 BLR->UNO occurred');
  });
  it('voting in favour is no rejection', () => {
    expect(brief('日本は2022年3月2日の国連総会決議で賛成の投票を行った。').some((e) => / 120 /u.test(e))).toBe(false);
  });
});

describe('talks held in the other side\'s country', () => {
  it('talks in the capital of the counterpart are a visit as well as a meeting', () => {
    const events = brief('2019年6月20日、習近平国家主席が平壌で金正恩委員長と会談した。');
    expect(events).toEqual(expect.arrayContaining(['2019-06-20 042 CHN->PRK occurred', '2019-06-20 046 CHN->PRK occurred']));
  });
  it('a summit held in a city of one member of the pair: the other member visited', () => {
    expect(brief('2014年5月に上海で開かれた中露首脳会談で、両国はガス供給で合意した。')).toContain('2014-05 042 RUS->CHN occurred');
  });
  it('talks with an ambassador where he resides imply no visit', () => {
    const events = brief('2011年6月、ロシアのプーチン首相が北朝鮮の駐露大使とモスクワで会談した。');
    expect(events.some((e) => / 042 /u.test(e))).toBe(false);
  });
  it('a visit told in words is not doubled by the talks held during it', () => {
    const events = brief('金正恩総書記は2023年9月12日から18日までロシアを訪問し、13日にボストーチヌイ宇宙基地でプーチン大統領と会談した。');
    expect(events.filter((e) => / 042 /u.test(e))).toEqual(['2023-09-12/2023-09-18 042 PRK->RUS occurred']);
  });
});

describe('a reference to the summit before a later date', () => {
  it('首脳会談とほぼ同時期に dates the act by the summit, not by the later date of the sentence', () => {
    const events = brief(
      '2011年8月24日、金正日総書記が訪露してメドベージェフ大統領と首脳会談を行った。その前の6月には、ラブロフ外相が北朝鮮の駐露大使とモスクワで会談した。' +
        'また、首脳会談とほぼ同時期にロシア軍の代表団が平壌入りして、2012年から合同訓練を再開することで合意した。',
    );
    expect(events).toContain('2011-08-24 042 RUS->PRK occurred');
  });
});

describe('anniversaries', () => {
  it('a delegation sent to two commemorations with no date: one visit each, in the month of the anniversary', () => {
    const events = brief('中国は朝鮮戦争休戦70周年や北朝鮮の建国75周年の記念行事に代表団を送った。', '2023-11-01');
    expect(events).toEqual(expect.arrayContaining(['2023-07 042 CHN->PRK occurred', '2023-09 042 CHN->PRK occurred']));
  });
  it('a stated date before the trigger wins over the anniversary', () => {
    expect(brief('2023年9月8日、中国は北朝鮮の建国75周年の記念行事に代表団を送った。')).toEqual(['2023-09-08 042 CHN->PRK occurred']);
  });
  it('an anniversary of a day not in the calendar dates nothing', () => {
    expect(brief('中国は友好都市提携30周年の記念行事に代表団を送った。', null)).toEqual([]);
  });
  it('the Nth anniversary of signing an agreement dates the signing N years back', () => {
    expect(brief('2024年、両国は朝ロ経済文化協力協定締結75周年に当たる今年を交流の年とすることで一致した。', '2024-03-01')).toContain(
      '1949 057 PRK->RUS occurred',
    );
  });
  it('an anniversary of something other than a signed document is no signing', () => {
    expect(brief('2024年、朝ロ国交樹立75周年を記念する行事が開かれた。', '2024-03-01').some((e) => / 057 /u.test(e))).toBe(false);
  });
});

describe('delegations of a pair', () => {
  it('a dyad owning the delegations: each member sends one to the state the paragraph is about', () => {
    const events = brief('北朝鮮(以下、北朝鮮とする)は対外交流を減らしていた。2023年7月の記念式典に中ロの代表団が派遣された。');
    expect(events).toEqual(expect.arrayContaining(['2023-07 042 CHN->PRK occurred', '2023-07 042 RUS->PRK occurred']));
  });
  it('with no host to go to, no pair', () => {
    expect(brief('2023年7月、中ロの代表団が派遣された。')).toEqual([]);
  });
});

describe('conflicts and ongoing states', () => {
  it('XとYの紛争が勃発した: both sides named before the noun', () => {
    expect(brief('2020年9月にはアゼルバイジャンとアルメニアの紛争が勃発した。')).toContain('2020-09 190 AZE->ARM occurred');
  });
  it('a conflict named after a place takes the agent the document names for that target', () => {
    const events = brief('2022年2月からのウクライナ紛争で、世界の穀物価格は上がった。2014年3月にはロシアによるクリミア併合があった。');
    expect(events).toEqual(expect.arrayContaining(['2022-02 190 RUS->UKR occurred', '2014-03 192 RUS->UKR occurred']));
  });
  it('a conflict named after a place, with no agent anywhere, is no event (the clause subject is not its agent)', () => {
    expect(brief('中国は2022年のウクライナ紛争で中立を維持した。').some((e) => / 190 /u.test(e))).toBe(false);
  });
  it('an annexation without an agent in its phrase: the document\'s agent, not the clause subject', () => {
    const events = brief('北朝鮮は2014年3月のロシアによるクリミア併合の後もロシアを支えた。その後、2022年にはウクライナ東部4州の併合を支持した。');
    expect(events).toContain('2022 192 RUS->UKR occurred');
    expect(events.some((e) => / 192 PRK->/u.test(e))).toBe(false);
  });
  it('紛争地域 / 紛争解決 are no conflict', () => {
    expect(brief('2023年、国際社会の関心は中東の紛争地域に向けられ、日本は紛争解決を訴えた。').some((e) => / 190 /u.test(e))).toBe(false);
  });
  it('looking at it economically (経済的に見れば) is no hypothetical', () => {
    expect(brief('経済的に見れば、2022年2月24日のロシアのウクライナ侵攻で制裁が強まった。')).toContain('2022-02-24 190 RUS->UKR occurred');
  });
});

describe('transits, borders, exercises, debts, experts', () => {
  it('warships passing a strait are a show of force by their owner', () => {
    expect(brief('2008年10月に中国艦船4隻が津軽海峡を通過した。')).toContain('2008-10 150 CHN->- occurred');
  });
  it('a merchant ship passing a strait is none', () => {
    expect(brief('2008年10月に中国の商船が津軽海峡を通過した。')).toEqual([]);
  });
  it('a border settled and joint exercises begun, with the pair named before as a dyad', () => {
    const events = brief('中露関係は、国境が最終画定され、合同軍事演習が開始された2005年前後が頂点だった。');
    expect(events).toEqual(expect.arrayContaining(['2005 057 CHN->RUS occurred', '2005 062 CHN->RUS occurred']));
  });
  it('a border dispute is no settlement', () => {
    expect(brief('2005年、中露の国境紛争が続いた。').some((e) => / 057 /u.test(e))).toBe(false);
  });
  it('debt relief: the creditor after 対 forgives the debtor who owns the debt', () => {
    expect(brief('2012年9月、ロシアは北朝鮮の対露債務の9割を免除した。')).toContain('2012-09 071 RUS->PRK occurred');
    expect(brief('2012年9月、ロシアは北朝鮮の債務を帳消しにした。')).toContain('2012-09 071 RUS->PRK occurred');
  });
  it('talk about relief that did not happen is none', () => {
    expect(brief('2012年9月、ロシアは北朝鮮の債務を免除しなかった。')).toEqual([]);
  });
  it('experts sent to a state are a visit to it', () => {
    expect(brief('ロシアは2010年5月に4名の軍事専門家を韓国に派遣した。')).toContain('2010-05 042 RUS->KOR occurred');
  });
  it('experts sent to no named state give nothing', () => {
    expect(brief('ロシアは2010年5月に独自の調査団を派遣した。')).toEqual([]);
  });
  it('talks at which the subject addresses the partner named after them', () => {
    expect(brief('ドイツのメルケル首相は2015年5月10日、首脳会談でプーチン大統領にウクライナとの対話を呼びかけた。')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2015-05-10 046 DEU->RUS occurred$/u)]),
    );
  });
});

describe('occasions, agreements and measures told by their clause', () => {
  it('これに参加した: attending the ceremony just named, at its place, in the year of its anniversary', () => {
    const events = brief('2014年は関係が冷えた。中国側は9月3日に北京で「抗日戦争70周年記念行事」を開催し、これにプーチン大統領が参加した。', '2016-01-01');
    expect(events).toContain('2015-09-03 042 RUS->CHN occurred');
  });
  it('これに参加 with no ceremony in the sentence is no attendance', () => {
    expect(brief('2015年9月3日、中国は北京で会議を開き、これにロシアも参加した。').some((e) => / 042 /u.test(e))).toBe(false);
  });
  it('a date an agreement looks forward to (2012年から) is not when it was made', () => {
    const events = brief('2011年8月、ロシアのショイグ国防相が平壌入りして、2012年から合同訓練を再開することで合意した。');
    expect(events).toContain('2011-08 030 RUS->PRK occurred');
    expect(events.some((e) => /^2012 /u.test(e))).toBe(false);
  });
  it('a past date of an agreement stays its date', () => {
    expect(brief('ロシアと北朝鮮は2012年から合同訓練を続けることで2011年に合意した。')).toContain('2011 030 RUS->PRK occurred');
  });
  it('measures named after a resolution: their target is the state they are aimed at (…の対象となった)', () => {
    expect(brief('北朝鮮は2017年に強化された国連安保理決議による国際的制裁の対象となった。')).toContain('2017 163 UNO->PRK occurred');
  });
  it('a state carrying out such measures is not their target', () => {
    expect(brief('中国は2023年、国連安保理決議による国際的制裁を実行している。').some((e) => / 163 /u.test(e))).toBe(false);
  });
  it('turning relations with a state into hostile ones', () => {
    expect(brief('金正恩総書記は2024年1月15日、韓国を敵対する国家間の関係とすると宣言した。')).toContain('2024-01-15 161 PRK->KOR occurred');
  });
  it('describing hostile relations is no act', () => {
    expect(brief('2024年1月15日、北朝鮮と韓国の敵対関係が続いた。').some((e) => / 161 /u.test(e))).toBe(false);
  });
});

describe('a relative clause ending in す before its head', () => {
  it('ロシアに制裁を科す日本: the head imposes, the actor before the verb is the target', () => {
    expect(brief('2015年5月、ロシアに制裁を科す日本は式典への参加を見送った。')).toContain('2015-05 163 JPN->RUS occurred');
  });
  it('a verb in す followed by a quotation particle has no head', () => {
    expect(brief('2015年5月、米国はロシアに制裁を科すと日本に伝えた。').some((e) => / 163 JPN->/u.test(e))).toBe(false);
  });
});

describe('findings that blame an actor', () => {
  it('a group led by a state publishes findings that another state attacked: an accusation by the leading state', () => {
    expect(brief('2010年5月20日、韓国を中心とした国際調査団が北朝鮮による魚雷攻撃が原因であるとの調査結果を公表した。')).toContain(
      '2010-05-20 112 KOR->PRK occurred',
    );
  });
  it('findings about an accident blame no one', () => {
    expect(brief('2010年5月20日、韓国を中心とした国際調査団が座礁が原因であるとの調査結果を公表した。')).toEqual([]);
  });
});

describe('sanctions named after where they were adopted', () => {
  it('北朝鮮に対する国連での制裁決議: the UN imposes them, not the subject of the clause', () => {
    const events = brief('2013年3月、北朝鮮に対する国連での制裁決議においても、ロシアは厳しい姿勢を示した。');
    expect(events).toContain('2013-03 163 UNO->PRK occurred');
    expect(events.some((e) => / 163 RUS->/u.test(e))).toBe(false);
  });
  it('a dateless mention of such resolutions, as an example, is a reference to those told elsewhere', () => {
    const events = brief('国連は2013年3月7日、北朝鮮に対する制裁決議を採択した。例えば、北朝鮮に対する国連での制裁決議においても、ロシアは厳しい姿勢を示した。');
    expect(events.filter((e) => / 163 /u.test(e))).toEqual(['2013-03-07 163 UNO->PRK occurred']);
  });
});

describe('resuming talks and parades', () => {
  it('agreeing to resume talks halted since an earlier year: dated by the narrative, not the year counted from', () => {
    const events = brief('2011年8月24日、ロシアと北朝鮮は首脳会談を行った。首脳会談では、2007年から中断していた協議の再開で合意した。');
    expect(events.some((e) => /^2011-08-24 036 (?:RUS->PRK|PRK->RUS) occurred$/u.test(e))).toBe(true);
    expect(events.some((e) => /^2007 036/u.test(e))).toBe(false);
  });
  it('talks that stay halted are no intent to negotiate', () => {
    expect(brief('2011年8月24日、ロシアと北朝鮮は協議の再開で合意しなかった。').some((e) => / 036 /u.test(e))).toBe(false);
  });
  it('holding a military parade is a show of force by its host', () => {
    expect(brief('ロシアは2015年5月9日、モスクワで軍事パレードを実施した。')).toContain('2015-05-09 150 RUS->- occurred');
  });
  it('watching a parade is none', () => {
    expect(brief('2015年5月9日、習近平国家主席は軍事パレードを観覧した。').some((e) => / 150 /u.test(e))).toBe(false);
  });
});

describe('troops marching in another state\'s parade', () => {
  it('a foreign army marching in the host\'s parade is military cooperation with the host', () => {
    expect(brief('2015年5月9日、モスクワで戦勝記念の軍事パレードが開かれ、パレードでは人民解放軍が初行進した。')).toContain(
      '2015-05-09 062 CHN->RUS occurred',
    );
  });
  it('the host\'s own troops marching are no cooperation', () => {
    expect(brief('2015年5月9日、モスクワで軍事パレードが開かれ、パレードではロシア軍が行進した。').some((e) => / 062 /u.test(e))).toBe(false);
  });
});

describe('what acts named by nouns are not', () => {
  it('talks held online from a capital imply no visit', () => {
    expect(brief('2023年5月10日、ロシアのプーチン大統領はモスクワでのオンライン会談で中国の習近平国家主席と会談した。').some((e) => / 042 /u.test(e))).toBe(false);
  });
  it('a territorial or trade dispute is no use of force', () => {
    expect(brief('2023年、中国とフィリピンの領有権紛争が続き、米国と中国の貿易紛争も激化した。').some((e) => / 190 /u.test(e))).toBe(false);
  });
});

describe('UN resolutions named after the act they condemn', () => {
  it('国連総会は…を非難する決議を採択した', () => {
    expect(brief('2022年3月2日、国連総会はロシアのウクライナ侵攻を非難する決議を採択した。')).toContain('2022-03-02 111 UNO->RUS occurred');
  });
  it('a national parliament condemning a state is no UN act', () => {
    expect(brief('2022年3月2日、米議会はロシアを非難する決議を採択した。').some((e) => / UNO->/u.test(e))).toBe(false);
  });
});
