export type ActorKind = 'state' | 'organisation' | 'person' | 'media' | 'body';

/** An actor code: ISO 3166-1 alpha-3 for states, or an organisation code (UNO, NATO...). */
export type ActorCode = string;

export interface Actor {
  readonly code: ActorCode; // unique id in the gazetteer, e.g. PRK, UNO, person:kim-jong-un
  readonly kind: ActorKind;
  readonly nameEn: string;
  readonly nameJa: string;
  readonly aliases: readonly string[];
}

/** An actor found in text. `code` is the state or organisation it stands for. */
export interface ActorMention {
  readonly start: number; // normalised-text offsets
  readonly end: number;
  readonly surface: string;
  readonly code: ActorCode; // the state/organisation coded (person resolved to their state)
  readonly entityId: string; // gazetteer entry id (the person, office or state)
  readonly nameEn: string | null; // person or body name in English, if a person/body
  readonly kind: ActorKind;
}
