/** The shape of `data/actors.json` (the actor gazetteer analysts edit). */
export interface StateEntry {
  readonly code: string;
  readonly en: string;
  readonly ja: string;
  readonly aliases: readonly string[];
  readonly abbrev?: readonly string[];
  readonly demonyms?: readonly string[];
}

export interface BodyEntry {
  readonly en: string;
  readonly aliases: readonly string[];
}

export interface OrganisationEntry {
  readonly code: string;
  readonly en: string;
  readonly ja: string;
  readonly aliases: readonly string[];
  readonly bodies?: readonly BodyEntry[];
}

export interface RoleEntry {
  readonly state: string;
  readonly office: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface PersonEntry {
  readonly id: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly roles: readonly RoleEntry[];
}

export interface OfficeEntry {
  readonly id: string;
  readonly state: string;
  readonly level: string;
  readonly en: string;
  readonly aliases: readonly string[];
}

export interface MediaEntry {
  readonly id: string;
  readonly en: string;
  readonly state: string;
  readonly aliases: readonly string[];
}

export interface GazetteerData {
  readonly states: readonly StateEntry[];
  readonly organisations: readonly OrganisationEntry[];
  readonly persons: readonly PersonEntry[];
  readonly offices: readonly OfficeEntry[];
  readonly media: readonly MediaEntry[];
}

export interface TitleEntry {
  readonly text: string;
  readonly level: string;
}

export interface TitlesData {
  readonly suffixes: readonly TitleEntry[];
  readonly prefixes: readonly TitleEntry[];
}
