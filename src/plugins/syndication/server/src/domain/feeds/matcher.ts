/**
 * Finds the organisation's names in a text. The names are data (plugin configuration), so
 * another organisation can configure its own. Three kinds of term:
 *
 * - `words`: whole words in order, letter case ignored, ё ≡ е; with `stem: 'ru'` words are
 *   compared by their Snowball stem, so every grammatical case matches;
 * - `acronym`: a whole word in exactly these letters (ШОС, SCO), hyphenated suffixes allowed
 *   (ШОС-2017), never inside a longer word (шоссе, SCOTUS), found against Chinese, Japanese or
 *   Korean characters too (SCO峰会), optionally not before some words (SCO Group);
 * - `chars`: a run of characters inside the text (Chinese has no spaces), simplified ≡
 *   traditional script, optionally only when directly followed by one of some characters.
 *
 * Built for throughput: every term has a cheap substring test, and the text is tokenised,
 * stemmed or converted only when that test passes.
 */
import { StemmerRu } from '@nlpjs/lang-ru';
import * as OpenCC from 'opencc-js';

export interface TermRule {
  /** What a match records in the mention's matchedTerms. */
  label: string;
  kind: 'words' | 'acronym' | 'chars';
  /** The written forms of the term; any one of them matches. */
  forms: string[];
  /** `words` only: compare Russian words by their stem. */
  stem?: 'ru';
  /** `acronym` only: no match when the next word is one of these (case ignored). */
  notFollowedBy?: string[];
  /** `chars` only: match only when one of these follows immediately. */
  followedBy?: string[];
}

/** Terms per language code; the code is the mention's language when the feed gives none. */
export type TermRules = Record<string, TermRule[]>;

export interface Match {
  /** Labels of the terms found, in the order of the configuration. */
  terms: string[];
  /** Language of the first term found. */
  language: string | null;
}

type CompiledTerm = { label: string; language: string; quickTest: (text: Prepared) => boolean; test: (text: Prepared) => boolean };

const stemmer = new StemmerRu();
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

const WORD = /[\p{L}\p{N}]+/gu;
const CYRILLIC = /[\u0400-\u04ff]/;
/**
 * A letter or digit of a script that separates its words with spaces. Chinese, Japanese and
 * Korean text runs on without spaces ("SCO峰会", "SCO首脳会議"), so their characters end an
 * acronym as a space does (`v`-flag class subtraction).
 */
const SPACED_LETTER = '[[\\p{L}\\p{N}]--[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}]]';

const foldCase = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
const stemRu = (word: string) => (CYRILLIC.test(word) ? stemmer.stemWord(word) : word);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text with its derived forms computed on first use only. */
class Prepared {
  private folded?: string;
  private words?: string[];
  private stems?: string[];
  private simplified?: string;
  constructor(readonly raw: string) {}
  get lower() {
    return (this.folded ??= foldCase(this.raw));
  }
  get tokens() {
    return (this.words ??= this.lower.match(WORD) ?? []);
  }
  get stemmed() {
    return (this.stems ??= this.tokens.map(stemRu));
  }
  get simplifiedText() {
    return (this.simplified ??= toSimplified(this.raw));
  }
}

const containsSequence = (haystack: string[], needle: string[]) => {
  outer: for (let start = 0; start <= haystack.length - needle.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
};

function compileWords(rule: TermRule): Pick<CompiledTerm, 'quickTest' | 'test'> {
  const forms = rule.forms.map((form) => {
    const words = foldCase(form).match(WORD) ?? [];
    return rule.stem === 'ru' ? words.map(stemRu) : words;
  });
  // Stems are prefixes of the words they come from, so the first stem is a safe substring test.
  const needles = forms.map((words) => words[0]).filter(Boolean);
  return {
    quickTest: (text) => needles.some((needle) => text.lower.includes(needle)),
    test: (text) => forms.some((words) => containsSequence(rule.stem === 'ru' ? text.stemmed : text.tokens, words)),
  };
}

function compileAcronym(rule: TermRule): Pick<CompiledTerm, 'quickTest' | 'test'> {
  const occurrence = new RegExp(`(?<!${SPACED_LETTER})(?:${rule.forms.map(escapeRegExp).join('|')})(?!${SPACED_LETTER})`, 'gv');
  const excluded = new Set((rule.notFollowedBy ?? []).map(foldCase));
  const nextWord = /^[\s\u00a0]+([\p{L}\p{N}]+)/u;
  return {
    quickTest: (text) => rule.forms.some((form) => text.raw.includes(form)),
    test: (text) => {
      for (const match of text.raw.matchAll(occurrence)) {
        const following = nextWord.exec(text.raw.slice(match.index + match[0].length));
        if (!following || !excluded.has(foldCase(following[1]))) return true;
      }
      return false;
    },
  };
}

function compileChars(rule: TermRule): Pick<CompiledTerm, 'quickTest' | 'test'> {
  const forms = rule.forms.map((form) => toSimplified(form));
  const needles = [...new Set(forms.flatMap((form) => [form, toTraditional(form)]))];
  const next = (rule.followedBy ?? []).map((chars) => toSimplified(chars));
  return {
    quickTest: (text) => needles.some((needle) => text.raw.includes(needle)),
    test: (text) => {
      const simplified = text.simplifiedText;
      return forms.some((form) => {
        for (let at = simplified.indexOf(form); at !== -1; at = simplified.indexOf(form, at + 1)) {
          if (next.length === 0) return true;
          const after = simplified.slice(at + form.length);
          if (next.some((chars) => after.startsWith(chars))) return true;
        }
        return false;
      });
    },
  };
}

const COMPILERS = { words: compileWords, acronym: compileAcronym, chars: compileChars };

/** Checks the rules and prepares them; throws on a rule that cannot work, naming it. */
export function compileMatcher(rules: TermRules): (text: string) => Match {
  const terms: CompiledTerm[] = [];
  for (const [language, languageRules] of Object.entries(rules)) {
    languageRules.forEach((rule, index) => {
      const where = `terms.${language}[${index}]`;
      if (!rule || typeof rule.label !== 'string' || rule.label === '') throw new Error(`${where}: label is required`);
      if (!(rule.kind in COMPILERS)) throw new Error(`${where}: kind must be words, acronym or chars`);
      if (
        !Array.isArray(rule.forms) ||
        rule.forms.length === 0 ||
        rule.forms.some((form) => typeof form !== 'string' || form.trim() === '')
      ) {
        throw new Error(`${where}: forms must be a non-empty list of texts`);
      }
      terms.push({ label: rule.label, language, ...COMPILERS[rule.kind](rule) });
    });
  }

  return (raw: string) => {
    const text = new Prepared(raw);
    const found = terms.filter((term) => term.quickTest(text) && term.test(text));
    return { terms: [...new Set(found.map((term) => term.label))], language: found[0]?.language ?? null };
  };
}
