/**
 * The language of a row without a language column, from its text. BenchHub Plus evaluates Korean
 * and English; the multilingual exports also hold Indonesian, Hindi and others, which must be
 * recognised as such (and skipped) rather than stored as English.
 *
 * Script first: Hangul at ≥ 20 % of the letters is Korean; a non-Latin script holding most letters
 * names its language family (Devanagari, Arabic, Cyrillic, …). Latin text is English unless the
 * function words of another Latin-script language clearly outnumber English ones.
 */
import type { Language } from '@benchhub/core/benchmark';

export type DetectedLanguage = { language: Language } | { other: string } | null;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/gu;
const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** Non-Latin scripts and the language name used in skip reasons. */
const SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Devanagari}/gu, 'Hindi or another Devanagari-script language'],
  [/\p{Script=Bengali}/gu, 'Bengali'],
  [/\p{Script=Tamil}/gu, 'Tamil'],
  [/\p{Script=Telugu}/gu, 'Telugu'],
  [/\p{Script=Arabic}/gu, 'Arabic-script language'],
  [/\p{Script=Hebrew}/gu, 'Hebrew'],
  [/\p{Script=Cyrillic}/gu, 'Cyrillic-script language'],
  [/\p{Script=Greek}/gu, 'Greek'],
  [/\p{Script=Thai}/gu, 'Thai'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'Japanese'],
  [/\p{Script=Han}/gu, 'Chinese'],
];

/** Frequent function words: a Latin-script text is that language when they clearly outnumber English ones. */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  English: new Set('the of and to in is are was which what who that this for with on by from be it as or an not does do how why when'.split(' ')),
  Indonesian: new Set(
    'yang dan di ke dari ini itu adalah dengan untuk tidak dalam pada akan apa siapa bagaimana mengapa atau juga sebagai oleh berapa manakah berikut jawaban pilihlah merupakan terdapat sebuah seorang tersebut bahwa kepada tentang jika maka karena sudah belum harus dapat bisa kota negara'.split(' '),
  ),
  Spanish: new Set('el la los las de del que y en es un una por para con no se su al como qué cuál'.split(' ')),
  French: new Set('le la les des du de et est un une que qui dans pour pas sur au avec ce sont quel quelle'.split(' ')),
  German: new Set('der die das und ist nicht ein eine zu den von mit dem für auf welche was wie sind'.split(' ')),
  Portuguese: new Set('o os as de do da dos das que e em um uma para com não se por qual é são'.split(' ')),
  Italian: new Set('il lo la gli le di che e è un una per con non del della sono quale'.split(' ')),
  Vietnamese: new Set('của và là có không được những các cho trong với này một người'.split(' ')),
  Turkish: new Set('ve bir bu da de ile için ne hangi değil olan gibi'.split(' ')),
};

/** Languages none of whose listed words is an English word. */
const DISTINCTIVE: ReadonlySet<string> = new Set(['Indonesian', 'Vietnamese']);

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function latinLanguage(text: string): DetectedLanguage {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const hits = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([name, set]) => [name, words.filter((w) => set.has(w)).length]));
  const english = hits.English ?? 0;
  const [best, bestHits] = Object.entries(hits)
    .filter(([name]) => name !== 'English')
    .sort((a, b) => b[1] - a[1])[0]!;
  // Another language needs at least two function words and more than English has; one word of a
  // language whose words are never English ones is enough when English has none.
  if (bestHits >= 2 && bestHits > english) return { other: best };
  if (bestHits >= 1 && english === 0 && DISTINCTIVE.has(best)) return { other: best };
  return { language: 'English' };
}

/** Korean, English, another language, or null when the text has no letters. */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = count(text, LETTER);
  if (letters === 0) return null;
  if (count(text, HANGUL) / letters >= 0.2) return { language: 'Korean' };
  const latin = count(text, LATIN);
  let dominant: [string, number] | null = null;
  for (const [re, name] of SCRIPTS) {
    const n = count(text, re);
    if (n > (dominant?.[1] ?? 0)) dominant = [name, n];
  }
  if (dominant !== null && dominant[1] > latin) return { other: dominant[0] };
  return latinLanguage(text);
}

/** Language codes and names seen in multilingual exports, for readable skip reasons ("id" → Indonesian). */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  id: 'Indonesian',
  ind: 'Indonesian',
  hi: 'Hindi',
  hin: 'Hindi',
  ja: 'Japanese',
  jpn: 'Japanese',
  zh: 'Chinese',
  zho: 'Chinese',
  vi: 'Vietnamese',
  th: 'Thai',
  ar: 'Arabic',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
  ru: 'Russian',
  it: 'Italian',
  tr: 'Turkish',
  bn: 'Bengali',
  ms: 'Malay',
  tl: 'Tagalog',
};

/** A language value that is not Korean or English, named readably ("id" → "Indonesian (id)"). */
export function languageName(value: string): string {
  const name = LANGUAGE_NAMES[value.trim().toLowerCase()];
  return name ? `${name} (${value.trim()})` : value.trim();
}
