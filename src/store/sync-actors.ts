import type { Actor } from '../core/actor.js';
import type { Language } from '../core/document.js';
import type { Store } from './store.js';

export interface SyncActorsResult {
  readonly actors: number;
  readonly aliases: number;
}

/**
 * Upserts the run's gazetteer into `actors`, replacing each actor's aliases,
 * in one transaction. Actors absent from `actors` are left alone (old events
 * may still use their codes).
 */
export async function syncActors(store: Store, actors: readonly Actor[]): Promise<SyncActorsResult> {
  return store.db.transaction().execute(async (trx) => {
    let aliases = 0;
    for (const actor of actors) {
      await trx
        .insertInto('actors')
        .values({ code: actor.code, kind: actor.kind, name_en: actor.nameEn, name_ja: actor.nameJa })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({ kind: actor.kind, name_en: actor.nameEn, name_ja: actor.nameJa }),
        )
        .execute();
      await trx.deleteFrom('actor_aliases').where('actor_code', '=', actor.code).execute();
      const unique = [...new Set(actor.aliases)];
      if (unique.length > 0) {
        await trx
          .insertInto('actor_aliases')
          .values(unique.map((alias) => ({ actor_code: actor.code, alias, language: aliasLanguage(alias) })))
          .execute();
      }
      aliases += unique.length;
    }
    return { actors: actors.length, aliases };
  });
}

/** `ja` when the alias has kana or CJK ideographs, else `en`. */
export function aliasLanguage(alias: string): Language {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(alias) ? 'ja' : 'en';
}
