// Short texts written for the reporting tests (own words, public facts): two
// accounts of the 13 September 2023 Kim–Putin summit, one as KCNA reported it
// and one as TASS did, a foreign minister's visit and two estimates of the
// munitions containers North Korea shipped to Russia.
export const REPORTING_TEXTS: Readonly<Record<string, string>> = {
  'kcna-account.txt': [
    '朝鮮中央通信が伝えた露朝首脳会談',
    '2023年9月14日',
    '',
    '朝鮮中央通信によると、金正恩総書記は2023年9月13日、ロシアのボストーチヌイ宇宙基地でプーチン大統領と会談した。',
    '両首脳は政治、経済、軍事分野での協力を拡大することで合意した。',
    '金総書記はプーチン大統領を北朝鮮に招待し、プーチン大統領は招待を快く受け入れた。',
    '同通信は、会談が同志的で友好的な雰囲気の中で行われたと強調した。',
  ].join('\n'),
  'tass-account.txt': [
    'タス通信が伝えた露朝首脳会談',
    '2023年9月13日',
    '',
    'タス通信によると、プーチン大統領は2023年9月13日、ボストーチヌイ宇宙基地で金正恩総書記と会談した。',
    '会談は約4時間続き、プーチン大統領は金総書記に宇宙基地の施設を案内した。',
    '両首脳は経済分野での協力を拡大することで合意した。',
    'ペスコフ大統領報道官は、軍事協力に関する合意文書の署名はなかったと述べた。',
  ].join('\n'),
  'lavrov-visit.txt': [
    'ラブロフ外相の訪朝と弾薬輸送',
    '2023年10月20日',
    '',
    'ロシアのラブロフ外相は2023年10月18日から19日まで北朝鮮を訪問し、崔善姫外相と会談した。',
    '米政府は2023年10月13日、北朝鮮がロシアにコンテナ1,000個を超える軍事装備と弾薬を送ったと発表した。',
  ].join('\n'),
  'shin-estimate.txt': [
    '韓国国防相の推計',
    '2024年2月27日',
    '',
    '韓国の申源湜国防相は2024年2月26日、北朝鮮が2023年7月以降にロシアへ送ったコンテナは約6,700個に上ると述べた。',
  ].join('\n'),
};
