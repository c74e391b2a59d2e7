import { describe, expect, it } from 'vitest';
import { createExtractor } from '../create-extractor.js';
import { normaliseText } from '../../ingest/normalise-text.js';

/*
 * English event extraction: sentences written for these tests (news style,
 * public facts about Russia / North Korea / China / US / South Korea / Japan,
 * 2011-2025), each with the events a careful analyst would code.
 *
 * `want` lists events that must be found (date, CAMEO code, ordered
 * source -> target, status). A sentence may yield more events than listed
 * unless `only` is set, in which case the event count must match exactly.
 */

const extractor = createExtractor();

function extract(text: string, documentDate: string | null = '2024-01-01') {
  const n = normaliseText(text);
  return extractor.extract({ normalisedText: n.text, language: 'en', documentDate, offsets: n.offsets }).events;
}

interface Want {
  date: string;
  cameo: string; // full code; compared on the two-digit root unless `exactCode`
  source: string;
  target: string | null;
  status?: 'occurred' | 'planned' | 'cancelled' | 'alleged';
  exactCode?: boolean;
  location?: string;
}

interface Case {
  text: string;
  want: Want[];
  only?: boolean;
}

function check(c: Case): void {
  const got = extract(c.text);
  const show = got.map((e) => `${e.rule} ${e.cameo} ${e.source}->${e.target ?? '-'} ${e.date} ${e.status}`).join('; ');
  for (const w of c.want) {
    const hit = got.find((e) =>
      e.date === w.date &&
      (w.exactCode ? e.cameo === w.cameo : e.cameo.slice(0, 2) === w.cameo.slice(0, 2)) &&
      e.source === w.source &&
      e.target === w.target &&
      e.status === (w.status ?? 'occurred') &&
      (w.location === undefined || e.location === w.location));
    expect(hit, `wanted ${w.cameo} ${w.source}->${w.target ?? '-'} ${w.date} ${w.status ?? 'occurred'}; got [${show}]`).toBeDefined();
    // the quote must be a substring of the normalised text
    expect(normaliseText(c.text).text.includes(hit!.quote)).toBe(true);
  }
  if (c.only) expect(got.length, `got [${show}]`).toBe(c.want.length);
}

function cases(table: Record<string, Case>): void {
  for (const [name, c] of Object.entries(table)) it(name, () => check(c));
}

describe('English visits', () => {
  cases({
    'X visited <capital> (place -> country)': {
      text: 'Russian President Vladimir Putin visited Pyongyang on June 19, 2024, his first trip to North Korea in 24 years.',
      want: [{ date: '2024-06-19', cameo: '042', source: 'RUS', target: 'PRK', exactCode: true, location: 'Pyongyang' }],
      only: true,
    },
    'X arrived in <city>': {
      text: 'North Korean leader Kim Jong Un arrived in Vladivostok by armoured train on April 24, 2019.',
      want: [{ date: '2019-04-24', cameo: '042', source: 'PRK', target: 'RUS', exactCode: true }],
      only: true,
    },
    "X's state visit to <country>": {
      text: "Chinese President Xi Jinping's state visit to North Korea on June 20, 2019 was the first by a Chinese leader in 14 years.",
      want: [{ date: '2019-06-20', cameo: '042', source: 'CHN', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X travelled to <capital>': {
      text: 'Russian Defence Minister Sergei Shoigu travelled to Pyongyang in July 2023 to attend the 70th anniversary of the Korean War armistice.',
      want: [{ date: '2023-07', cameo: '042', source: 'RUS', target: 'PRK', exactCode: true }],
      only: true,
    },
    "X's visit to <country> (month)": {
      text: "Kim Jong Un's visit to Russia in September 2023 lasted six days.",
      want: [{ date: '2023-09', cameo: '042', source: 'PRK', target: 'RUS', exactCode: true }],
      only: true,
    },
    'X led a delegation to <capital>': {
      text: 'North Korean Foreign Minister Choe Son Hui led a delegation to Moscow on January 15, 2024.',
      want: [{ date: '2024-01-15', cameo: '042', source: 'PRK', target: 'RUS', exactCode: true }],
      only: true,
    },
    'planned: X is expected to visit': {
      text: "Kim Jong Un is expected to visit Moscow at Putin's invitation, the Kremlin said in June 2024.",
      want: [{ date: '2024-06', cameo: '042', source: 'PRK', target: 'RUS', status: 'planned', exactCode: true }],
      only: true,
    },
    'X toured <site> (site -> country)': {
      text: 'In September 2023, Kim Jong Un toured the Vostochny Cosmodrome and a fighter jet plant in Komsomolsk-on-Amur.',
      want: [{ date: '2023-09', cameo: '042', source: 'PRK', target: 'RUS', exactCode: true, location: 'Vostochny Cosmodrome' }],
      only: true,
    },
    'X sent a delegation to <capital>': {
      text: 'In July 2023, China sent a delegation to Pyongyang for the armistice anniversary.',
      want: [{ date: '2023-07', cameo: '042', source: 'CHN', target: 'PRK', exactCode: true }],
      only: true,
    },
    'cancelled: X cancelled his trip to': {
      text: 'In May 2015, Kim Jong Un cancelled his trip to Moscow for the Victory Day parade.',
      want: [{ date: '2015-05', cameo: '042', source: 'PRK', target: 'RUS', status: 'cancelled' }],
      only: true,
    },
  });
});

describe('English hosting, meetings, calls', () => {
  cases({
    'X received a <demonym> delegation': {
      text: 'On April 13, 2024, Kim Jong Un received a Chinese delegation led by Zhao Leji in Pyongyang.',
      want: [{ date: '2024-04-13', cameo: '043', source: 'PRK', target: 'CHN', exactCode: true }],
      only: true,
    },
    'X held talks in <capital> (host city gives the counterpart)': {
      text: 'On October 19, 2023, Sergey Lavrov held talks in Pyongyang with his North Korean counterpart Choe Son Hui.',
      want: [{ date: '2023-10-19', cameo: '046', source: 'RUS', target: 'PRK' }],
      only: true,
    },
    'a summit between X and Y': {
      text: 'The summit between North Korea and Russia took place at the Vostochny Cosmodrome on September 13, 2023.',
      want: [{ date: '2023-09-13', cameo: '046', source: 'PRK', target: 'RUS' }],
      only: true,
    },
    'X and Y held summit talks': {
      text: 'On May 16, 2024, China and Russia held summit talks in Beijing.',
      want: [{ date: '2024-05-16', cameo: '046', source: 'CHN', target: 'RUS' }],
      only: true,
    },
    'X held talks with <country>': {
      text: 'On November 1, 2024, North Korea held strategic talks with Russia in Moscow.',
      want: [{ date: '2024-11-01', cameo: '040', source: 'PRK', target: 'RUS' }],
      only: true,
    },
    'a phone call between X and Y': {
      text: 'The phone call between China and the United States on April 2, 2024 was the first since their November 2023 summit.',
      want: [{ date: '2024-04-02', cameo: '041', source: 'CHN', target: 'USA', exactCode: true }],
      only: true,
    },
  });
});

describe('English agreements, support, criticism', () => {
  cases({
    'X and Y signed a treaty': {
      text: 'On June 19, 2024, Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership in Pyongyang.',
      want: [{ date: '2024-06-19', cameo: '057', source: 'RUS', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X signed an agreement with Y': {
      text: 'On November 23, 2016, South Korea signed a military intelligence-sharing agreement with Japan.',
      want: [{ date: '2016-11-23', cameo: '057', source: 'KOR', target: 'JPN', exactCode: true }],
      only: true,
    },
    'X and Y agreed to': {
      text: 'On November 15, 2023, China and the United States agreed to resume military-to-military communications.',
      want: [{ date: '2023-11-15', cameo: '030', source: 'CHN', target: 'USA' }],
      only: true,
    },
    'X expressed full support for Y': {
      text: "On September 13, 2023, Kim Jong Un expressed full and unconditional support for Russia's military campaign.",
      want: [{ date: '2023-09-13', cameo: '051', source: 'PRK', target: 'RUS', exactCode: true }],
      only: true,
    },
    'X condemned Y': {
      text: "On August 24, 2023, South Korea condemned North Korea's attempt to put a spy satellite into orbit.",
      want: [{ date: '2023-08-24', cameo: '111', source: 'KOR', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X denounced Y': {
      text: "In July 2016, China denounced South Korea's decision to deploy the THAAD missile defence system.",
      want: [{ date: '2016-07', cameo: '111', source: 'CHN', target: 'KOR', exactCode: true }],
      only: true,
    },
    'X accused Y (the accused act is not an event of the accuser)': {
      text: 'On January 4, 2024, the United States accused North Korea of supplying ballistic missiles to Russia.',
      want: [{ date: '2024-01-04', cameo: '112', source: 'USA', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X demanded that Y': {
      text: 'On November 22, 2023, Japan demanded that North Korea halt its satellite launches.',
      want: [{ date: '2023-11-22', cameo: '100', source: 'JPN', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X urged Y to': {
      text: "In May 2024, South Korea urged China to play a constructive role in curbing North Korea's nuclear programme.",
      want: [{ date: '2024-05', cameo: '020', source: 'KOR', target: 'CHN' }],
      only: true,
    },
  });
});

describe('English statements: "X said …" coded by what was said', () => {
  cases({
    'X said Y would … military cooperation (0312)': {
      text: 'On June 20, 2024, Russian President Vladimir Putin said Russia would expand military cooperation with North Korea.',
      want: [{ date: '2024-06-20', cameo: '0312', source: 'RUS', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X said … concerned about Y (111)': {
      text: "On June 21, 2024, Japan's top government spokesman said Tokyo was seriously concerned about Russia's cooperation with North Korea.",
      want: [{ date: '2024-06-21', cameo: '111', source: 'JPN', target: 'RUS', exactCode: true }],
    },
    'X denied … (016)': {
      text: 'On September 19, 2023, the Russian ambassador in Seoul said reports of arms deals with North Korea were groundless.',
      want: [{ date: '2023-09-19', cameo: '016', source: 'RUS', target: 'PRK', exactCode: true }],
      only: true,
    },
    'quotation first: "…," X said (target inside the quotation, content coded)': {
      text: 'On September 13, 2023, "We will always stand with Russia and support its just struggle," Kim Jong Un said.',
      want: [{ date: '2023-09-13', cameo: '051', source: 'PRK', target: 'RUS', exactCode: true }],
      only: true,
    },
    'X expressed concern over Y (111)': {
      text: "On October 13, 2023, South Korea expressed deep concern over North Korea's arms shipments to Russia.",
      want: [{ date: '2023-10-13', cameo: '111', source: 'KOR', target: 'PRK', exactCode: true }],
    },
    'pledged "…support" for Y, with quotation marks (051)': {
      text: 'On September 13, 2023, Kim Jong Un pledged "full and unconditional support" for Russia.',
      want: [{ date: '2023-09-13', cameo: '051', source: 'PRK', target: 'RUS', exactCode: true }],
      only: true,
    },
    '"the two leaders" after a hosted visit in the same sentence: the pair of that visit': {
      text: 'On September 13, 2023, Putin hosted Kim Jong Un at the Vostochny Cosmodrome, where the two leaders held talks for four hours.',
      want: [
        { date: '2023-09-13', cameo: '043', source: 'RUS', target: 'PRK', exactCode: true },
        { date: '2023-09-13', cameo: '046', source: 'RUS', target: 'PRK', exactCode: true },
      ],
      only: true,
    },
  });
  it('a "since …" flashback does not become the running date; "After the talks" is dated by the talks of the running year', () => {
    const text = 'Kim Jong Un and Vladimir Putin held their first summit on 25 April 2019 in Vladivostok. '
      + 'It was the first meeting of the two leaders since Kim Jong Il met Dmitry Medvedev near Ulan-Ude in August 2011.\n'
      + 'After the talks, Putin said North Korea would need security guarantees and that he would brief Beijing.';
    const said = extract(text, '2019-04-27').filter((e) => e.rule === 'en.statement.say');
    expect(said.map((e) => `${e.date} ${e.cameo} ${e.source}->${e.target} ${e.location}`)).toEqual(['2019-04-25 010 RUS->PRK null']);
  });
  it('"The following day X flew to Y": a time phrase before the subject; the day counted from the last date', () => {
    const got = extract('Putin and Kim Jong Un met on 25 April 2019 in Vladivostok. The following day Putin flew to Beijing for a forum.', '2019-04-27');
    expect(got.filter((e) => e.rule === 'en.visit').map((e) => `${e.date} ${e.source}->${e.target}`)).toEqual(['2019-04-26 RUS->CHN']);
  });
  it('"condemned the deployment": aimed at whoever did the act the noun names, told just before', () => {
    const text = "On October 18, 2024, South Korea's spy agency said that about 1,500 North Korean troops had been sent to Russia. "
      + 'On October 31, 2024, the United States, South Korea and Japan condemned the deployment.';
    const got = extract(text, '2024-11-05').map((e) => `${e.date} ${e.cameo} ${e.source}->${e.target} ${e.status}`);
    expect(got).toEqual(expect.arrayContaining([
      '2024-10-18 062 PRK->RUS alleged',
      '2024-10-18 112 KOR->PRK occurred',
      '2024-10-31 111 USA->PRK occurred',
      '2024-10-31 111 KOR->PRK occurred',
      '2024-10-31 111 JPN->PRK occurred',
    ]));
    // "thousands of X soldiers": the quantity does not hide the subject
    const many = extract('On November 4, 2024, NATO said that thousands of North Korean soldiers had been moved to Russia.', '2024-11-05');
    expect(many.map((e) => `${e.cameo} ${e.source}->${e.target} ${e.status}`).sort()).toEqual(['062 PRK->RUS alleged', '112 NATO->PRK occurred']);
    // a noun that names no act told before gives no target
    expect(extract('On October 31, 2024, Japan condemned the deployment.', '2024-11-05')).toEqual([]);
    // nor one whose act is of another kind (a visit is no deployment)
    const visit = extract('On October 18, 2024, Lavrov visited Pyongyang. On October 19, 2024, Japan condemned the deployment.', '2024-11-05');
    expect(visit.filter((e) => e.cameo.startsWith('11'))).toEqual([]);
  });
  it('"praised the contacts between the two countries": the other member of the pair told before', () => {
    const text = 'On November 1, 2024, North Korean Foreign Minister Choe Son Hui held talks with Sergei Lavrov in Moscow. Lavrov praised the close contacts between the two countries.';
    const got = extract(text, '2024-11-05').map((e) => `${e.cameo} ${e.source}->${e.target}`);
    expect(got).toContain('051 RUS->PRK');
  });
  it('a news dateline dates the report, not the events of its sentence', () => {
    const got = extract('SEOUL, November 5, 2024 — North Korean Foreign Minister Choe Son Hui arrived in Moscow on Friday.', '2024-11-05');
    expect(got.map((e) => `${e.date} ${e.cameo} ${e.source}->${e.target}`)).toEqual(['2024-11-01 042 PRK->RUS']);
    const alone = extract('SEOUL, November 5, 2024 — North Korean Foreign Minister Choe Son Hui arrived in Moscow.', '2024-11-05');
    expect(alone.map((e) => e.date)).toEqual(['2024-11-05']);
  });
  it('no statement without a second actor, and none beside the act it reports', () => {
    expect(extract('On September 19, 2023, Lavrov said Moscow would honour its obligations.')).toEqual([]);
    const got = extract("On January 14, 2024, South Korea's military said North Korea fired a ballistic missile.");
    expect(got.map((e) => `${e.cameo} ${e.source}->${e.target ?? '-'}`)).toEqual(['150 PRK->-']);
  });
});

describe('English: exercises, recognition, relations, expulsions, threats, rejections, aid, force', () => {
  cases({
    'X and Y began a joint exercise (062, the pair)': {
      text: 'On 12 September 2024, China and Russia began a joint naval exercise in the Sea of Japan.',
      want: [{ date: '2024-09-12', cameo: '062', source: 'CHN', target: 'RUS', exactCode: true }],
      only: true,
    },
    'X recognised the independence of Y (054)': {
      text: 'On 13 July 2022, North Korea recognised the independence of the Donetsk People\'s Republic, a region of Ukraine.',
      want: [{ date: '2022-07-13', cameo: '054', source: 'PRK', target: 'UKR', exactCode: true }],
    },
    'X severed diplomatic ties with Y (161)': {
      text: 'Ukraine severed diplomatic ties with North Korea on 13 July 2022.',
      want: [{ date: '2022-07-13', cameo: '161', source: 'UKR', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X expelled Y diplomats (174)': {
      text: 'On 28 March 2024, Japan expelled two Russian diplomats.',
      want: [{ date: '2024-03-28', cameo: '174', source: 'JPN', target: 'RUS', exactCode: true }],
      only: true,
    },
    'X threatened Y with force (138)': {
      text: 'On 5 March 2024, North Korea threatened to strike the United States with nuclear weapons.',
      want: [{ date: '2024-03-05', cameo: '138', source: 'PRK', target: 'USA', exactCode: true }],
      only: true,
    },
    "X rejected Y's proposal for talks (125)": {
      text: "On 10 February 2024, North Korea rejected Japan's proposal for a summit.",
      want: [{ date: '2024-02-10', cameo: '125', source: 'PRK', target: 'JPN', exactCode: true }],
      only: true,
    },
    'X provided humanitarian aid to Y (073)': {
      text: 'On 3 May 2024, South Korea provided humanitarian aid to Ukraine.',
      want: [{ date: '2024-05-03', cameo: '073', source: 'KOR', target: 'UKR', exactCode: true }],
      only: true,
    },
    'X invaded Y (190)': {
      text: 'Russia invaded Ukraine on 24 February 2022.',
      want: [{ date: '2022-02-24', cameo: '190', source: 'RUS', target: 'UKR', exactCode: true }],
      only: true,
    },
    'X annexed <place> (192, the place stands for its country)': {
      text: 'Russia annexed Crimea in March 2014.',
      want: [{ date: '2014-03', cameo: '192', source: 'RUS', target: 'UKR', exactCode: true }],
      only: true,
    },
    'X shelled <place> in Y (194)': {
      text: 'On 23 November 2010, North Korea shelled Yeonpyeong Island in South Korea.',
      want: [{ date: '2010-11-23', cameo: '194', source: 'PRK', target: 'KOR', exactCode: true }],
      only: true,
    },
  });
  it('joint statements signed, talks as "discussed", pledges to deepen ties', () => {
    const got = (text: string) => extract(text).map((e) => `${e.date} ${e.cameo} ${e.source}->${e.target}`);
    expect(got('On 16 May 2024, Putin and Xi Jinping signed a joint statement on deepening their partnership.')).toContain('2024-05-16 057 RUS->CHN');
    expect(got('On 19 June 2024, Putin and Kim Jong Un discussed military cooperation.')).toEqual(['2024-06-19 046 RUS->PRK']);
    // the partner follows "with", not the first actor discussed
    expect(got('On 26 April 2024, Blinken discussed North Korea with Wang Yi in Beijing.')).toEqual(['2024-04-26 046 USA->CHN']);
    expect(got('On 5 July 2024, China pledged to deepen military cooperation with Russia.')).toEqual(['2024-07-05 0312 CHN->RUS']);
    expect(got('On 1 May 2024, Putin discussed the economy in Moscow.')).toEqual([]);
    expect(got('On 5 July 2024, analysts discussed the summit.')).toEqual([]);
  });
  it('none where the act is denied, hypothetical or has no counterpart', () => {
    for (const text of [
      'On 1 May 2024, officials said China and Russia had not held joint exercises since 2019.',
      'On 1 May 2024, South Korea said it would never recognise the independence of the region.',
      'Russia could have invaded Ukraine in 2014, analysts wrote on 1 May 2024.',
      'On 1 May 2024, North Korea threatened again.',
      'On 1 May 2024, the company rejected the offer.',
      'Russian attacks in Kharkiv continued on 1 May 2024.',
    ]) expect(extract(text), text).toEqual([]);
  });
});

describe('English UN votes and sanctions', () => {
  cases({
    'X vetoed a UN Security Council resolution': {
      text: 'On March 28, 2024, Russia vetoed a UN Security Council resolution that would have extended the mandate of the panel of experts.',
      want: [{ date: '2024-03-28', cameo: '129', source: 'RUS', target: 'UNO', exactCode: true }],
      only: true,
    },
    'X voted against a General Assembly resolution': {
      text: 'On March 27, 2014, North Korea voted against UN General Assembly resolution 68/262 on the territorial integrity of Ukraine.',
      want: [{ date: '2014-03-27', cameo: '120', source: 'PRK', target: 'UNO', exactCode: true }],
      only: true,
    },
    'X vetoed a draft (UN implied; the blocked sanctions are no event)': {
      text: 'On May 26, 2022, Russia vetoed a US-drafted resolution that would have tightened sanctions on North Korea.',
      want: [{ date: '2022-05-26', cameo: '129', source: 'RUS', target: 'UNO', exactCode: true }],
      only: true,
    },
    'the Security Council imposed sanctions on Y': {
      text: 'On December 22, 2017, the UN Security Council imposed new sanctions on North Korea that capped its refined oil imports.',
      want: [{ date: '2017-12-22', cameo: '163', source: 'UNO', target: 'PRK', exactCode: true }],
      only: true,
    },
    'X imposed sanctions on Y (month)': {
      text: 'In February 2022, Japan imposed sanctions on Russia over its invasion of Ukraine.',
      want: [{ date: '2022-02', cameo: '163', source: 'JPN', target: 'RUS', exactCode: true }],
      only: true,
    },
  });
});

describe('English force posture: arms, troops, launches', () => {
  cases({
    'arms shipped to Y, attributed afterwards (alleged)': {
      text: "Since August 2023, North Korea has shipped millions of artillery shells to Russia, according to South Korea's defence ministry.",
      want: [{ date: '2023-08', cameo: '072', source: 'PRK', target: 'RUS', status: 'alleged', exactCode: true }],
      only: true,
    },
    'X reportedly supplied Y with missiles (alleged)': {
      text: 'In January 2024, North Korea reportedly supplied Russia with KN-23 ballistic missiles.',
      want: [{ date: '2024-01', cameo: '072', source: 'PRK', target: 'RUS', status: 'alleged', exactCode: true }],
      only: true,
    },
    'troops sent to Y (alleged)': {
      text: 'In October 2024, North Korea sent about 11,000 troops to Russia, according to South Korean intelligence.',
      want: [{ date: '2024-10', cameo: '062', source: 'PRK', target: 'RUS', status: 'alleged', exactCode: true }],
      only: true,
    },
    'ICBM launch (no target)': {
      text: 'North Korea launched a Hwasong-18 intercontinental ballistic missile on December 18, 2023.',
      want: [{ date: '2023-12-18', cameo: '150', source: 'PRK', target: null, exactCode: true }],
      only: true,
    },
    'nuclear test (no target)': {
      text: 'On September 3, 2017, North Korea conducted its sixth nuclear test.',
      want: [{ date: '2017-09-03', cameo: '150', source: 'PRK', target: null, exactCode: true }],
      only: true,
    },
    'satellite launch (no target)': {
      text: 'North Korea launched a military reconnaissance satellite on November 21, 2023.',
      want: [{ date: '2023-11-21', cameo: '150', source: 'PRK', target: null, exactCode: true }],
      only: true,
    },
  });
});

describe('English precision: no event', () => {
  const none: Record<string, string> = {
    'hypothetical (if ... were to)': 'If Russia were to transfer submarine technology to North Korea in 2025, the regional balance would shift.',
    'hypothetical (if, past counterfactual)': 'If China had vetoed the UN Security Council resolution in 2017, the sanctions would have failed.',
    'negated visit (did not visit)': 'Kim Jong Un did not visit Moscow for the Victory Day parade in May 2015.',
    'negated visit (never visited)': 'In 2019, Xi Jinping said that he had never visited Tokyo as president.',
    'negated summit (has not taken place)': 'A summit between North Korea and Japan has not taken place since 2004.',
    'whether (open question)': 'Whether Xi Jinping will travel to Pyongyang in 2025 remains unclear.',
    'undated generality': 'Russia has long criticised the United States for its alliances in East Asia.',
    'undated analysis of arms flows': 'North Korea has shipped artillery shells to Russia on a scale that analysts find hard to verify.',
    'non-actor subject (tourists visited Japan)': 'In 2023, some 25 million foreign tourists visited Japan.',
    'analysis with could': 'In 2024, analysts argued that closer ties could let North Korea obtain Russian technology.',
  };
  for (const [name, text] of Object.entries(none)) {
    it(name, () => {
      const got = extract(text);
      expect(got.map((e) => `${e.rule} ${e.cameo} ${e.source}->${e.target ?? '-'} ${e.date} ${e.status}`)).toEqual([]);
    });
  }
});

/*
 * English role finding (english-roles.ts): person objects ("met Vladimir
 * Putin"), coordinated subjects ("Russia and China vetoed"), a subject after
 * a leading attribution or a reporting verb, a person hosted.
 */
describe('English subject/object/coordination', () => {
  cases({
    'person object: X met <person>': {
      text: 'On September 13, 2023, Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.',
      want: [{ date: '2023-09-13', cameo: '040', source: 'PRK', target: 'RUS' }],
      only: true,
    },
    'person object: X hosted <person>': {
      text: 'Chinese President Xi Jinping hosted Kim Jong Un in Beijing on March 26, 2018.',
      want: [{ date: '2018-03-26', cameo: '043', source: 'CHN', target: 'PRK', exactCode: true }],
    },
    'coordinated persons: X and Y spoke by phone': {
      text: 'Joe Biden and Xi Jinping spoke by phone on April 2, 2024.',
      want: [{ date: '2024-04-02', cameo: '041', source: 'USA', target: 'CHN', exactCode: true }],
      only: true,
    },
    'coordinated persons: X and Y signed': {
      text: 'Vladimir Putin and Kim Jong Un signed the partnership treaty in Pyongyang on June 19, 2024.',
      want: [{ date: '2024-06-19', cameo: '057', source: 'RUS', target: 'PRK', exactCode: true }],
      only: true,
    },
    'coordinated subjects: X and Y vetoed (two events)': {
      text: 'On May 26, 2022, Russia and China vetoed a UN Security Council resolution on new sanctions against North Korea.',
      want: [
        { date: '2022-05-26', cameo: '129', source: 'RUS', target: 'UNO', exactCode: true },
        { date: '2022-05-26', cameo: '129', source: 'CHN', target: 'UNO', exactCode: true },
      ],
    },
    'subject of a reported clause: launch after "X said"': {
      text: "South Korea's military said North Korea fired a ballistic missile into the East Sea on January 14, 2024.",
      want: [{ date: '2024-01-14', cameo: '150', source: 'PRK', target: null, exactCode: true }],
      only: true,
    },
    'reported clause: X said that Y delivered (the accusation; the transfer with its roles)': {
      text: 'The White House said on October 13, 2023 that North Korea had delivered more than 1,000 containers of munitions to Russia.',
      want: [{ date: '2023-10-13', cameo: '112', source: 'USA', target: 'PRK' }],
    },
    'coordinated subjects: X and Y condemned (two events)': {
      text: "On November 27, 2023, Japan and South Korea condemned North Korea's satellite launch.",
      want: [
        { date: '2023-11-27', cameo: '111', source: 'JPN', target: 'PRK', exactCode: true },
        { date: '2023-11-27', cameo: '111', source: 'KOR', target: 'PRK', exactCode: true },
      ],
    },
    'person object: X criticised <person>': {
      text: 'On April 20, 2023, Russia criticised South Korean President Yoon Suk Yeol over remarks on arming Ukraine.',
      want: [{ date: '2023-04-20', cameo: '111', source: 'RUS', target: 'KOR', exactCode: true }],
      only: true,
    },
  });
});

describe('English roles whatever the status', () => {
  it('a leading "According to X" is not the subject', () => {
    const got = extract('According to South Korean intelligence, North Korea shipped more than a million artillery shells to Russia in 2023.');
    expect(got.map((e) => `${e.cameo} ${e.source}->${e.target}`)).toEqual(['072 PRK->RUS']);
  });
  it('the transfer reported after "X said that" has the reported roles', () => {
    const got = extract('The White House said on October 13, 2023 that North Korea had delivered more than 1,000 containers of munitions to Russia.');
    expect(got.map((e) => `${e.cameo} ${e.source}->${e.target}`).sort()).toEqual(['072 PRK->RUS', '112 USA->PRK']);
  });
});

/*
 * The status of these events comes from status-cues.ts / status-cues.json,
 * which read only the 40 characters either side of the trigger and match
 * case-sensitively: a sentence-initial "According to X, ..." more than 40
 * characters before the verb, and a reported clause "X said ... that Y had
 * delivered", leave the event 'occurred'. The roles are right (tested above);
 * they run once the English status cues look at the whole clause before the
 * trigger for "according to" and treat "said/claimed ... that" as alleged.
 */
describe('alleged from a leading attribution or a reported clause', () => {
  cases({
    'subject after a leading attribution (alleged)': {
      text: 'According to South Korean intelligence, North Korea shipped more than a million artillery shells to Russia in 2023.',
      want: [{ date: '2023', cameo: '072', source: 'PRK', target: 'RUS', status: 'alleged', exactCode: true }],
      only: true,
    },
    'reported clause: X said that Y delivered (accusation + alleged transfer)': {
      text: 'The White House said on October 13, 2023 that North Korea had delivered more than 1,000 containers of munitions to Russia.',
      want: [
        { date: '2023-10-13', cameo: '112', source: 'USA', target: 'PRK' },
        { date: '2023-10-13', cameo: '072', source: 'PRK', target: 'RUS', status: 'alleged', exactCode: true },
      ],
    },
  });
});
