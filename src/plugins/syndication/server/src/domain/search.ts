/**
 * Search patterns for "contains this text, whatever its case" over mention titles and addresses.
 * PostgreSQL and MySQL compare `lower(column) LIKE lower(pattern)`; SQLite's lower() and LIKE fold
 * ASCII only, so there every letter becomes a GLOB class of its cases (`шос` → `*[шШ][оО][сС]*`),
 * which holds for Cyrillic, Greek and Latin alike. Pure.
 */

/** The escape character of `likePattern`: `LIKE ? ESCAPE '!'`. */
export const LIKE_ESCAPE = '!';

/** `%text%`, with LIKE's wildcards in the text matched literally. */
export const likePattern = (text: string) => `%${text.replace(/[!%_]/g, (character) => `${LIKE_ESCAPE}${character}`)}%`;

const GLOB_SPECIALS = new Set(['*', '?', '[']);

/** `*text*` for GLOB, each letter matching either case and GLOB's own wildcards matched literally. */
export function caseInsensitiveGlob(text: string): string {
  const parts = [...text].map((character) => {
    if (GLOB_SPECIALS.has(character)) return `[${character}]`;
    // Only one-character cases fit a class (ß → SS does not); the others match as typed.
    const cases = [...new Set([character, character.toLowerCase(), character.toUpperCase()])].filter(
      (variant) => [...variant].length === 1
    );
    return cases.length > 1 ? `[${cases.join('')}]` : character;
  });
  return `*${parts.join('')}*`;
}
