/**
 * A LIKE pattern matching `text` anywhere, for `like … escape '\'` (which
 * SQLite and PostgreSQL read alike): its wildcards and the escape character
 * are escaped.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
