/**
 * Multilateral frameworks a leaders' meeting can happen at, with the surfaces
 * (NFKC-normalised, as stored quotes are) that name them in a location or quote.
 * A documented constant rather than a data file: extend it here.
 */
export interface MultilateralFramework {
  readonly name: string;
  readonly patterns: readonly RegExp[];
}

export const MULTILATERAL_FRAMEWORKS: readonly MultilateralFramework[] = [
  { name: 'APEC', patterns: [/\bAPEC\b/, /アジア太平洋経済協力/] },
  { name: 'SCO', patterns: [/\bSCO\b/, /上海協力機構/, /Shanghai Cooperation Organi[sz]ation/i] },
  { name: 'BRICS', patterns: [/\bBRICS\b/] },
  { name: 'G20', patterns: [/\bG20\b/, /20か国・地域/] },
  { name: 'G7', patterns: [/\bG7\b/, /主要7か国/] },
  { name: 'Eastern Economic Forum', patterns: [/Eastern Economic Forum/i, /東方経済フォーラム/] },
  { name: 'East Asia Summit', patterns: [/East Asia Summit/i, /東アジア首脳会議/, /東アジアサミット/] },
  { name: 'Belt and Road Forum', patterns: [/Belt and Road Forum/i, /一帯一路.{0,6}フォーラム/] },
  { name: 'UN General Assembly', patterns: [/UN General Assembly/i, /国連総会/] },
];

/** The first framework named in any of the texts, or null. */
export function findMultilateralFramework(texts: readonly (string | null)[]): string | null {
  for (const f of MULTILATERAL_FRAMEWORKS) {
    if (texts.some((t) => t !== null && f.patterns.some((p) => p.test(t)))) return f.name;
  }
  return null;
}
