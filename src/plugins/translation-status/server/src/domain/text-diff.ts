/**
 * A readable diff of two texts, for a translator: word by word in Latin and Cyrillic text,
 * character by character in Chinese (and Japanese and Korean), where words are not separated by
 * spaces; Latin words inside Chinese text stay whole. Pure, on the `diff` package: the admin
 * panel imports it too, so no Node or Strapi imports here.
 */
import { diffArrays, diffWords } from 'diff';

export type DiffGranularity = 'words' | 'characters';
export type DiffPartKind = 'same' | 'added' | 'removed';
export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
/** One CJK character, a run of other letters and digits, a run of spaces, or any other character. */
const CJK_TOKENS = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+|\\s+|[^]`, 'gu');

/** Characters when either text has CJK characters, words otherwise. */
export const diffGranularity = (before: string, after: string): DiffGranularity =>
  HAS_CJK.test(before) || HAS_CJK.test(after) ? 'characters' : 'words';

/** Word boundaries by Unicode's rules (UAX #29): the package's own word tokenizer splits Cyrillic words. */
const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

const kindOf = (change: { added?: boolean; removed?: boolean }): DiffPartKind =>
  change.added ? 'added' : change.removed ? 'removed' : 'same';

export function diffText(before: string, after: string): { granularity: DiffGranularity; parts: DiffPart[] } {
  const granularity = diffGranularity(before, after);
  const parts =
    granularity === 'characters'
      ? diffArrays(before.match(CJK_TOKENS) ?? [], after.match(CJK_TOKENS) ?? []).map((change) => ({
          kind: kindOf(change),
          text: change.value.join(''),
        }))
      : diffWords(before, after, { intlSegmenter: wordSegmenter }).map((change) => ({ kind: kindOf(change), text: change.value }));
  return { granularity, parts: parts.filter((part) => part.text !== '') };
}

/** Cut at a space rather than inside a word, where there is one in the second half (not in Chinese). */
const wordStart = (head: string) => {
  const space = head.lastIndexOf(' ');
  return space >= head.length / 2 ? head.slice(0, space + 1) : head;
};
const wordEnd = (tail: string) => {
  const space = tail.indexOf(' ');
  return space >= 0 && space <= tail.length / 2 ? tail.slice(space) : tail;
};

/**
 * Long unchanged stretches shortened to their ends next to a change (`…` between), so that a
 * changed sentence in a long text is found at once. `context`: characters kept on each side.
 */
export function abridge(parts: DiffPart[], context = 80): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== 'same') return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const kept = (first ? 0 : context) + (last ? 0 : context);
    if (part.text.length <= kept + 20) return part;
    const head = first ? '' : wordStart(part.text.slice(0, context));
    const tail = last ? '' : wordEnd(part.text.slice(part.text.length - context));
    return { kind: 'same', text: `${head}…${tail}` };
  });
}
