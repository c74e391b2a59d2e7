// Round 3, words and ceremonies: agreed and stated content, speakers who are no
// state actors, attendance and absence. Sentences written for these tests (public
// facts in our own words); each rule has a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { japaneseHarness } from './testing/japanese-harness.js';

const { extract, brief } = japaneseHarness('2016-01-06');

const SUMMIT_2011 = '2011年8月24日、金正日総書記はウランウデでメドベージェフ大統領と首脳会談を行った。';

describe('what was said and agreed at talks told before', () => {
  it('a sentence placed at the summit is dated by it, and so is the next one (さらに…)', () => {
    const events = brief(
      `${SUMMIT_2011}2011年6月には、ガスプロムの社長が北朝鮮の駐露大使とモスクワで会談した。` +
        '首脳会談においては、金総書記は六者会合に前提条件なしで復帰すると表明した。さらに、金総書記は米国の核の脅威を非難した。',
    );
    expect(events).toContain('2011-08-24 036 PRK->RUS occurred');
    expect(events).toContain('2011-08-24 111 PRK->USA occurred');
    expect(events.filter((e) => e.startsWith('2011-06 03') || e.startsWith('2011-06 11'))).toEqual([]);
  });
  it('a forum the speaker means to rejoin is not the target of the intent (六者会合に復帰)', () => {
    expect(brief(`${SUMMIT_2011}首脳会談で、金総書記は六者会合に復帰すると表明した。`).filter((e) => e.includes(' 036 '))).toEqual([
      '2011-08-24 036 PRK->RUS occurred',
    ]);
  });
  it('an intent is not read from a plain report of a visit (訪問したと発表した)', () => {
    expect(brief('2011年8月25日、北朝鮮外務省は金総書記がロシアを訪問したと発表した。').filter((e) => e.includes(' 036 '))).toEqual([]);
  });
  it('the date from which an agreed act is to run is not the date of the agreement', () => {
    const events = brief(`${SUMMIT_2011}同時期に東部軍管区司令官が平壌入りして、2012年から合同訓練を再開することで合意した。`);
    expect(events.some((e) => e.startsWith('2012 03'))).toBe(false);
  });
  it('the agreement of a general who came to a capital is with the host (司令官が平壌入りして…合意)', () => {
    expect(brief('2011年8月、ロシアの国防相が平壌入りして、捜索救助訓練を再開することで合意した。')).toContain('2011-08 030 RUS->PRK occurred');
  });
  it('agreeing to resume talks is an intent to negotiate (協議の再開で合意)', () => {
    expect(brief('2011年8月24日、ロシアと北朝鮮は債務問題に関する協議の再開で合意した。')).toContain('2011-08-24 036 RUS->PRK occurred');
  });
  it('a resumed exercise is not an agreement to resume talks', () => {
    expect(brief('2011年8月24日、ロシアと北朝鮮は合同訓練を再開した。').filter((e) => e.includes(' 036 '))).toEqual([]);
  });
  it('a joint document quoted in a later paragraph speaks for the pair of the talks (「双方は…」)', () => {
    const events = brief(
      '2024年1月16日、北朝鮮の崔善姫外相はモスクワでラブロフ外相と会談した。\n\n' +
        'また、「双方は、米国の挑発的行為に深い懸念を表し、共同歩調で情勢に対処していくことで合意した」とされる。',
    );
    // とされる: reported, so alleged
    expect(events).toEqual(expect.arrayContaining(['2024-01-16 111 PRK->USA alleged', '2024-01-16 111 RUS->USA alleged']));
  });
  it('a quotation opening with 双方は far from any talks names no pair', () => {
    expect(brief('「双方は、米国の挑発的行為に深い懸念を表した」とされる。', '2024-01-20').filter((e) => e.includes(' 111 '))).toEqual([]);
  });
});

describe('talks during visits both ways', () => {
  it('talks take the orientation of the visit whose visitor is at them, not of another visit that day', () => {
    expect(brief('2011年8月24日、ロシアの国防相が平壌を訪問した。同日、メドベージェフ大統領は訪露した金正日総書記と会談した。')).toContain(
      '2011-08-24 046 PRK->RUS occurred',
    );
  });
});

describe('positions and the speakers who state them', () => {
  it('a commentator is not a state actor (…教授は、「…」と指摘した)', () => {
    expect(brief('2015年5月、東京の大学の教授は、「金正恩第一書記の訪露は中国との関係に響く」と指摘した。').filter((e) => e.includes(' 010 '))).toEqual([]);
  });
  it('an official saying the same is a statement', () => {
    expect(brief('2015年5月、中国外務省の報道官は、「金正恩第一書記の訪露は朝露関係に関するものだ」と述べた。').some((e) => / 01\d PRK->CHN| 01\d CHN->PRK/u.test(e))).toBe(true);
  });
  it('a denial by an ambassador is addressed to the state he is posted in (駐韓大使が…根拠がないと述べた)', () => {
    expect(brief('2023年9月19日、ロシアの駐韓大使が、露朝軍事協力をめぐる憶測には根拠がないと述べた。')).toContain('2023-09-19 016 RUS->KOR occurred');
  });
  it('根拠 without a denial is no denial', () => {
    expect(brief('2023年9月19日、ロシアの駐韓大使が、露朝協力には法的な根拠があると述べた。').filter((e) => e.includes(' 016 '))).toEqual([]);
  });
  it('looking forward to a visit is an intent to meet (訪問することを心待ちにしている)', () => {
    expect(brief('2015年4月15日にロシアの国防相は、「金正恩第一書記がロシアを訪問することを心待ちにしている」と述べた。')).toContain(
      '2015-04-15 036 RUS->PRK occurred',
    );
  });
  it('looking forward to something else is not (夏休みを心待ちにしている)', () => {
    expect(brief('2015年4月15日にロシアの国防相は、「北朝鮮の友人と休暇を過ごすことを心待ちにしている」と述べた。').filter((e) => e.includes(' 036 '))).toEqual([]);
  });
});

describe('ceremonies: absence, return attendance, wreaths', () => {
  const PARADE = '2015年5月9日、モスクワの赤の広場で対独戦勝70周年記念式典が開かれた。';
  it('a state inside a group that stayed away (日本を含めた欧米諸国が参加を見送った) rejects the host', () => {
    expect(brief(`${PARADE}ロシアに制裁を科す日本を含めた欧米諸国が式典への参加を見送った。`)).toContain('2015-05-09 125 JPN->RUS occurred');
  });
  it('a group with no state named adds no one', () => {
    expect(brief(`${PARADE}欧米諸国が式典への参加を見送った。`).filter((e) => e.includes(' 125 '))).toEqual([]);
  });
  it('laying a wreath the next day is a visit to the host (翌日無名戦士の墓に献花した)', () => {
    expect(brief(`${PARADE}ドイツのメルケル首相は記念式典を欠席し、翌日無名戦士の墓に献花した。`)).toContain('2015-05-10 042 DEU->RUS occurred');
  });
  it('a flower bouquet handed over is no wreath', () => {
    expect(brief('2015年5月10日、ドイツのメルケル首相は子どもたちから花束を受け取った。').filter((e) => e.includes(' 042 '))).toEqual([]);
  });
  it('a return attendance (答礼参加) is a visit to the host', () => {
    expect(brief('2015年9月3日、中国は北京で抗日戦争勝利70周年記念行事を開催し、これにプーチン大統領が答礼参加した。')).toContain('2015-09-03 042 RUS->CHN occurred');
  });
});

describe('round 3, second pass: contents, speakers and ceremonies', () => {
  const PARADE = '2015年5月9日、モスクワの赤の広場で対独戦勝70周年記念式典が開かれた。';
  it('every state inside a quotation that is the object of a concern is a target (「日米韓による…」に懸念)', () => {
    const events = brief('2023年10月19日、ロシアのラブロフ外相は「日米韓による軍事活動の増大」に懸念を表明した。', '2023-11-01');
    expect(events).toEqual(expect.arrayContaining(['2023-10-19 111 RUS->USA occurred', '2023-10-19 111 RUS->JPN occurred', '2023-10-19 111 RUS->KOR occurred']));
  });
  it('a quotation that is not the object (「…」について、韓国に懸念を表明した) keeps the single target', () => {
    const events = brief('2023年10月19日、ロシアのラブロフ外相は「日米韓の演習」について、韓国に懸念を表明した。', '2023-11-01');
    expect(events.filter((e) => e.includes(' 111 RUS->JPN'))).toEqual([]);
  });
  it('the person addressed right after the talks is their partner (首脳会談でプーチン大統領に…)', () => {
    expect(brief('2015年5月10日、ドイツのメルケル首相は、首脳会談でプーチン大統領に対話を呼びかけた。')).toContain('2015-05-10 046 DEU->RUS occurred');
  });
  it('a place after the talks is no partner (首脳会談でモスクワに…)', () => {
    expect(brief('2015年5月10日、ドイツのメルケル首相は、首脳会談でモスクワに滞在した。').filter((e) => e.includes(' 046 '))).toEqual([]);
  });
  it('見解の一致を見た is an agreement of the pair; the date of a newspaper does not date it', () => {
    const events = brief('2023年10月19日、ロシアのラブロフ外相は平壌で崔善姫外相と会談した。2023年10月20日付『労働新聞』によれば、「朝ロ両国は協力を拡大していくことで見解の一致を見た」とされている。', '2024-07-01');
    expect(events.some((e) => /^2023-10-19 030 (?:PRK->RUS|RUS->PRK)/u.test(e))).toBe(true);
    expect(events.some((e) => e.startsWith('2023-10-20 030'))).toBe(false);
  });
  it('a statement a newspaper reports is dated by its issue (19日付の通信では大使が…と述べている)', () => {
    expect(brief('2023年9月13日、両首脳が会談した。同月19日付の『タス通信』ではロシアの駐韓大使が、憶測には根拠がないと述べている。', '2024-07-01')).toContain(
      '2023-09-19 016 RUS->KOR occurred',
    );
  });
  it('a visit cancelled: the visitor rejects (125) and the host announcing it makes a statement (010)', () => {
    const events = brief('2015年4月30日、ペスコフ大統領報道官は、北朝鮮が直前になり訪露をキャンセルしたことを対外公表した。');
    expect(events).toEqual(expect.arrayContaining(['2015-04-30 125 PRK->RUS occurred', '2015-04-30 010 RUS->PRK occurred']));
  });
  it('an exercise called off is no cancelled visit (演習を中止した)', () => {
    expect(brief('2015年4月30日、北朝鮮は合同演習を中止した。').filter((e) => e.includes(' 125 ') || e.includes(' 010 '))).toEqual([]);
  });
  it('an official confirming a leader\'s intent to visit (訪露意向を確認したと述べた) is a statement about him', () => {
    expect(brief('2015年4月22日、ウシャコフ大統領補佐官が金正恩氏の訪露意向を確認したと述べた。')).toContain('2015-04-22 010 RUS->PRK occurred');
  });
  it('confirming a figure is no such statement (人数を確認したと述べた)', () => {
    expect(brief('2015年4月22日、ウシャコフ大統領補佐官が参加者の人数を確認したと述べた。').filter((e) => e.includes(' 010 '))).toEqual([]);
  });
  it('consideration shown to a state is an endorsement (中国に対して政治的配慮を示した)', () => {
    expect(brief('2015年5月9日、プーチン大統領は演説で中国に対して政治的配慮を示した。')).toContain('2015-05-09 051 RUS->CHN occurred');
  });
  it('a summit both sides agreed to hold is an intent to meet (開催で原則合意した11月の米中首脳会談)', () => {
    expect(brief('2023年10月、開催で原則合意した11月の米中首脳会談で、北朝鮮問題がどう扱われるかが注目される。', '2023-11-13').some((e) => / 036 (?:USA->CHN|CHN->USA)/u.test(e))).toBe(true);
  });
  it('主要国首脳会議(G7)諸国 names a group, not a summit', () => {
    expect(brief('2023年9月、北朝鮮は米国を中心とした主要国首脳会議(G7)諸国が力を持つ体制を批判した。').filter((e) => e.includes(' 046 '))).toEqual([]);
  });
  it('attendance told as a count (参加は…今回はカザフスタンなど6カ国となった) names a visitor of the host', () => {
    expect(brief(`${PARADE}旧ソ連諸国からの参加は、2005年は11カ国であったが、今回はカザフスタンなど6カ国となった。`)).toContain('2015-05-09 042 KAZ->RUS occurred');
  });
  it('a count of states without attendance (カザフスタンなど6カ国の経済) is no visit', () => {
    expect(brief(`${PARADE}カザフスタンなど6カ国の経済は成長した。`).filter((e) => e.includes(' 042 KAZ'))).toEqual([]);
  });
  it('a ceremony named again by its title returns to its host after another ceremony (親書を手交)', () => {
    const events = brief(
      '2015年5月9日、モスクワの赤の広場で「対独戦勝70周年記念式典」が開かれた。2015年9月3日、北京で「抗日戦争70周年記念行事」が開かれた。' +
        '「対独戦勝70周年記念行事」には、金永南最高人民会議常任委員長が代理出席し、金正恩国防第一委員長の親書を手交した。',
    );
    expect(events).toContain('2015-05-09 040 PRK->RUS occurred');
    expect(events.filter((e) => e.includes(' 040 PRK->CHN'))).toEqual([]);
  });
  it('the topic met the person a meeting verb modifies (国防相は、「…」と面談した人民武力部長に述べた)', () => {
    expect(brief('2015年4月15日にショイグ国防相は、「準備は整っている」と面談した玄永哲人民武力部長に述べた。')).toContain('2015-04-15 040 PRK->RUS occurred');
  });
  it('saying there are things the two can cooperate on is an offer of cooperation (協力できることがあると語った)', () => {
    expect(brief('2023年9月13日、プーチン大統領は、北朝鮮との軍事協力には限界があるが協力できることがあると語った。', '2024-07-01')).toContain(
      '2023-09-13 030 RUS->PRK occurred',
    );
  });
  it('nothing to cooperate on is no offer (協力できることはないと語った)', () => {
    expect(brief('2023年9月13日、プーチン大統領は、北朝鮮と協力できることはないと語った。', '2024-07-01').filter((e) => e.includes(' 030 '))).toEqual([]);
  });
  it('the が of a clause modifying the object is whose object it is; the topic supports it (安保理が採択した決議も支持している)', () => {
    expect(brief('かつてロシアは北朝鮮の核保有に反対してきた。その立場から、安保理が2006年に採択した制裁決議も支持している。', '2023-11-13')).toContain(
      '2006 051 RUS->UNO occurred',
    );
  });
  it('a plain が subject is the speaker (北朝鮮が…支持を表明した)', () => {
    expect(brief('かつてロシアは制裁に反対してきた。2022年3月、北朝鮮がロシアへの支持を表明した。', '2023-11-13')).toContain('2022-03 051 PRK->RUS occurred');
  });
  it('a bare day of a ceremony with the anniversary the text placed in a year is in that year (9月3日…「抗日戦争70周年記念行事」)', () => {
    const events = brief(
      '2014年2月、習近平国家主席は2015年の「第二次世界大戦70周年記念行事」への相互参加を呼びかけた。プーチン大統領は2014年5月にその要請を受け入れた。' +
        '中国側は、9月3日に北京で「抗日戦争70周年記念行事」を開催し、これにプーチン大統領が答礼参加した。',
    );
    expect(events).toContain('2015-09-03 042 RUS->CHN occurred');
  });
  it('a bare day with another anniversary keeps the running year', () => {
    const events = brief(
      '2014年2月、習近平国家主席は2015年の「第二次世界大戦70周年記念行事」への相互参加を呼びかけた。プーチン大統領は2014年5月にその要請を受け入れた。' +
        '中国側は、9月3日に北京で「建国65周年記念行事」を開催し、これにプーチン大統領が答礼参加した。',
    );
    expect(events).toContain('2014-09-03 042 RUS->CHN occurred');
  });
  it('two topics with their own objects share one demand (ロシアは…の中止を、北朝鮮は…の提供を要求した)', () => {
    expect(brief('2015年4月、ロシアは核実験の中止を、北朝鮮は無償援助の提供を要求した。')).toEqual(
      expect.arrayContaining(['2015-04 100 RUS->PRK occurred', '2015-04 100 PRK->RUS occurred']),
    );
  });
  it('a noun inside the second object is no shared verb (…北朝鮮は武器の提供を求めた: no crossed aid)', () => {
    expect(brief('2015年4月、ロシアは核実験の中止を、北朝鮮はミサイルの提供を求めた。').filter((e) => e.includes(' 072 '))).toEqual([]);
  });
});

