/**
 * Case-insensitive substring filters that behave the same on both databases. PostgreSQL's
 * `contains` is case-sensitive unless asked (`mode: 'insensitive'`, ILIKE, Unicode-aware); SQLite's
 * LIKE folds ASCII only and has no escape character. So on SQLite connections `like()` is replaced
 * by the same semantics as PostgreSQL's ILIKE (Unicode case folding, backslash escapes), and
 * `containsText` escapes the search text so `%` and `_` are matched literally on both.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { DatabaseKind } from './config';

/** A `contains` filter for text typed by a user: case-insensitive and literal on both databases. */
export function containsText(dialect: DatabaseKind, text: string): { contains: string; mode?: 'insensitive' } {
  const literal = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  // The SQLite client's types have no `mode` (its like() is already case-insensitive, see below).
  return dialect === 'postgresql' ? { contains: literal, mode: 'insensitive' } : { contains: literal };
}

const compiled = new Map<string, RegExp>();

/** A LIKE pattern as a regular expression: `%` any run, `_` one character, `\x` a literal x. */
export function likePattern(pattern: string, escape = '\\'): RegExp {
  const key = `${escape}\u0000${pattern}`;
  let regex = compiled.get(key);
  if (regex) return regex;
  let source = '';
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === escape && i + 1 < chars.length) source += escapeRegex(chars[++i]!);
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += escapeRegex(c);
  }
  regex = new RegExp(`^${source}$`, 'iu');
  if (compiled.size > 1000) compiled.clear();
  compiled.set(key, regex);
  return regex;
}

const escapeRegex = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Installs the ILIKE-equivalent like() on a SQLite connection (the X LIKE Y [ESCAPE Z] operator calls it). */
export function installCaseInsensitiveLike(connection: BetterSqlite3.Database): void {
  const like = (pattern: unknown, value: unknown, escape?: unknown) =>
    pattern === null || value === null ? null : likePattern(String(pattern), escape === undefined ? '\\' : String(escape)).test(String(value)) ? 1 : 0;
  connection.function('like', { deterministic: true }, (pattern: unknown, value: unknown) => like(pattern, value));
  connection.function('like', { deterministic: true }, (pattern: unknown, value: unknown, escape: unknown) => like(pattern, value, escape));
}
