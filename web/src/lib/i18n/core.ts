/** Pure i18n helpers: locale detection and message lookup with English fallback. */
import { en, type MessageKey } from './en';
import { ko } from './ko';

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export type Params = Record<string, string | number>;

/** English is complete (it defines the keys); Korean may omit keys, which then fall back to English. */
export const DICTIONARIES: Record<Locale, Partial<Record<MessageKey, string>>> = { en, ko };

export const STORAGE_KEY = 'benchhub.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The UI language: a remembered choice wins, then the browser language ("ko", "ko-KR" → Korean),
 * otherwise English.
 */
export function detectLocale(stored: string | null | undefined, navigatorLanguages: readonly string[] | undefined): Locale {
  if (isLocale(stored)) return stored;
  for (const language of navigatorLanguages ?? []) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'ko') return 'ko';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** Replaces {name} placeholders; unknown placeholders are left as written. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/**
 * The error classes' own codes, sent when no more specific code applies: their sentences are general, so the English
 * UI keeps the server's (English, more precise) message, and a ValidationError's field issues are said one by one.
 */
export const GENERIC_ERROR_CODES: readonly string[] = ['INVALID_INPUT', 'INVALID_FIELD', 'NOT_FOUND', 'CONFLICT'];

/** True when `key` is a message of the (complete) English dictionary. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Looks a key up in the locale's dictionary, falling back to English, then to the key itself. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Params,
  dictionaries: Record<Locale, Partial<Record<MessageKey, string>>> = DICTIONARIES,
): string {
  const template = dictionaries[locale][key] ?? dictionaries.en[key] ?? key;
  return interpolate(template, params);
}

export type { MessageKey };
