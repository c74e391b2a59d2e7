/**
 * News outlets, agencies and official sources often cited in Northeast Asian
 * security writing, by name as printed and by web domain. Names are matched
 * as substrings, longest first, so `朝鮮中央通信` wins over `朝鮮中央`.
 */
export const OUTLET_NAMES: readonly string[] = [
  // Japanese media and agencies
  '朝日新聞', '読売新聞', '毎日新聞', '日本経済新聞', '産経新聞', '東京新聞', '北海道新聞', '中日新聞',
  '共同通信', '時事通信', 'NHK', 'ラヂオプレス', 'ラヂオ・プレス', 'ジャパンタイムズ',
  // Korean peninsula
  '朝鮮中央通信', '朝鮮中央テレビ', '労働新聞', '聯合ニュース', '朝鮮日報', '中央日報', '東亜日報', 'ハンギョレ',
  // China and Russia
  '新華社', '人民日報', '環球時報', 'タス通信', 'ノーボスチ通信', 'インタファクス通信', 'イズベスチヤ', 'コメルサント',
  // Western media
  'ロイター', 'ブルームバーグ', 'AFP通信',
  'Reuters', 'Bloomberg', 'Associated Press', 'AFP', 'BBC', 'CNN', 'The New York Times', 'New York Times',
  'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'Financial Times',
  'The Guardian', 'The Economist', 'Nikkei Asia', 'The Japan Times', 'Japan Times', 'Kyodo News', 'Kyodo',
  'Jiji Press', 'Asahi Shimbun', 'Yomiuri Shimbun', 'Mainichi Shimbun', 'NHK World', 'Yonhap', 'KCNA',
  'Rodong Sinmun', 'Xinhua', "People's Daily", 'Global Times', 'TASS', 'RIA Novosti', 'Interfax', 'Izvestiya',
  'Kommersant', 'NK News', '38 North', 'Radio Free Asia', 'Voice of America',
  // Official sources
  '外務省', '防衛省', '首相官邸', '内閣官房', '国連', 'President of Russia', 'Kremlin',
  'Ministry of Foreign Affairs', 'Ministry of Defense', 'Ministry of National Defense', 'United Nations',
].slice().sort((a, b) => b.length - a.length);

/** Web domain (suffix match) → publisher name. */
export const OUTLET_DOMAINS: readonly (readonly [string, string])[] = [
  ['kremlin.ru', 'President of Russia'], ['kcna.kp', 'KCNA'], ['kcna.co.jp', 'KCNA'], ['kcnawatch.org', 'KCNA Watch'],
  ['rodong.rep.kp', 'Rodong Sinmun'], ['tass.ru', 'TASS'], ['tass.com', 'TASS'], ['ria.ru', 'RIA Novosti'],
  ['interfax.ru', 'Interfax'], ['mid.ru', 'Ministry of Foreign Affairs of Russia'],
  ['mfa.gov.cn', 'Ministry of Foreign Affairs of China'], ['xinhuanet.com', 'Xinhua'], ['news.cn', 'Xinhua'],
  ['people.com.cn', "People's Daily"], ['globaltimes.cn', 'Global Times'], ['yna.co.kr', 'Yonhap'],
  ['mofa.go.jp', '外務省'], ['mod.go.jp', '防衛省'], ['kantei.go.jp', '首相官邸'], ['asahi.com', '朝日新聞'],
  ['yomiuri.co.jp', '読売新聞'], ['mainichi.jp', '毎日新聞'], ['nikkei.com', '日本経済新聞'], ['sankei.com', '産経新聞'],
  ['tokyo-np.co.jp', '東京新聞'], ['jiji.com', '時事通信'], ['kyodonews.jp', '共同通信'], ['kyodonews.net', 'Kyodo News'],
  ['nhk.or.jp', 'NHK'], ['japantimes.co.jp', 'The Japan Times'], ['reuters.com', 'Reuters'], ['apnews.com', 'Associated Press'],
  ['afp.com', 'AFP'], ['bloomberg.com', 'Bloomberg'], ['bbc.com', 'BBC'], ['bbc.co.uk', 'BBC'], ['cnn.com', 'CNN'],
  ['nytimes.com', 'The New York Times'], ['washingtonpost.com', 'The Washington Post'], ['wsj.com', 'The Wall Street Journal'],
  ['ft.com', 'Financial Times'], ['theguardian.com', 'The Guardian'], ['nknews.org', 'NK News'], ['38north.org', '38 North'],
  ['rfa.org', 'Radio Free Asia'], ['voanews.com', 'Voice of America'], ['un.org', 'United Nations'],
  ['rbth.com', 'Russia Beyond'], ['state.gov', 'U.S. Department of State'], ['whitehouse.gov', 'The White House'],
  ['defense.gov', 'U.S. Department of Defense'],
];
