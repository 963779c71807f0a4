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
