/**
 * Column order of GDELT event exports, as the codebooks give it
 * (GDELT-Data_Format_Codebook.pdf for 1.0, GDELT-Event_Codebook-V2.0.pdf for 2.0).
 * Files are tab-separated, without a header row.
 */
const EVENT_HEAD = ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate'] as const;

const actor = (n: 1 | 2) =>
  ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (f) => `Actor${n}${f}`,
  );

const ACTION = [
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
] as const;

const geo = (prefix: string, withAdm2: boolean) =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', ...(withAdm2 ? ['ADM2Code'] : []), 'Lat', 'Long', 'FeatureID'].map(
    (f) => `${prefix}_${f}`,
  );

const body = (withAdm2: boolean) => [
  ...EVENT_HEAD,
  ...actor(1),
  ...actor(2),
  ...ACTION,
  ...geo('Actor1Geo', withAdm2),
  ...geo('Actor2Geo', withAdm2),
  ...geo('ActionGeo', withAdm2),
  'DATEADDED',
];

/** GDELT 1.0: 57 columns (daily files until 2013-03-31), 58 with SOURCEURL (from 2013-04-01). */
export const GDELT1_COLUMNS: readonly string[] = [...body(false), 'SOURCEURL'];
/** GDELT 2.0: 61 columns, ADM2 codes added, DATEADDED as YYYYMMDDHHMMSS. */
export const GDELT2_COLUMNS: readonly string[] = [...body(true), 'SOURCEURL'];

export type GdeltVersion = 1 | 2;

/** Column name → index, for one version. */
export function columnIndex(columns: readonly string[]): Readonly<Record<string, number>> {
  return Object.fromEntries(columns.map((c, i) => [c, i]));
}

/** The version a row of this many columns belongs to, if any. */
export function versionOfWidth(width: number): GdeltVersion | undefined {
  if (width === GDELT1_COLUMNS.length || width === GDELT1_COLUMNS.length - 1) return 1;
  if (width === GDELT2_COLUMNS.length) return 2;
  return undefined;
}

/** The column counts a version accepts, for error messages. */
export function acceptedWidths(version: GdeltVersion): readonly number[] {
  return version === 1 ? [GDELT1_COLUMNS.length - 1, GDELT1_COLUMNS.length] : [GDELT2_COLUMNS.length];
}
