/** The reactive UI language, remembered in localStorage and applied to <html lang>. */
import { browser } from '$app/environment';
import { GENERIC_ERROR_CODES, STORAGE_KEY, detectLocale, isLocale, isMessageKey, translate, type Locale, type MessageKey, type Params } from './core';

function initialLocale(): Locale {
  if (!browser) return 'en';
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isLocale(stored)) rememberForServer(stored);
  return detectLocale(stored, navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The choice, mirrored into a cookie: server-rendered pages (src/lib/server/locale.ts) render in it. */
function rememberForServer(locale: Locale): void {
  const cookie = `${STORAGE_KEY}=${locale}`;
  if (document.cookie.split('; ').includes(cookie)) return;
  document.cookie = `${cookie}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

class I18n {
  locale = $state<Locale>(initialLocale());

  setLocale(locale: Locale): void {
    this.locale = locale;
    if (!browser) return;
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
    document.documentElement.lang = locale;
    rememberForServer(locale);
  }

  /**
   * Server-side rendering only: the language of the page being rendered (its load read it from the request).
   * Safe on the server's one shared instance because a render runs synchronously from the layout to the last
   * component, and the layout sets it first on every render.
   */
  renderIn(locale: Locale): void {
    if (!browser) this.locale = locale;
  }

  /** Translate in the current locale (reactive: reading it tracks `locale`). */
  t = (key: MessageKey, params?: Params): string => translate(this.locale, key, params);

  /**
   * A message chosen by data (a server code, a baseline's name): translated when the dictionary has `key`, else
   * `fallback` (the server's own text) — so an unknown code still shows the server's message.
   */
  tOr = (key: string, fallback: string, params?: Params): string => (isMessageKey(key) ? translate(this.locale, key, params) : fallback);

  /**
   * A server error — or one field issue of a ValidationError — in the UI language: by its stable code (error.<CODE>,
   * else field.<CODE> for field-level codes, its params filled in), else the server's English message.
   */
  sayError = (error: { code?: string | null; message?: string | null; params?: unknown }): string => {
    const code = error.code ?? '';
    if (this.locale === 'en' && error.message && GENERIC_ERROR_CODES.includes(code)) return error.message;
    const params = errorParams(error.params);
    return this.tOr(`error.${code}`, this.tOr(`field.${code}`, error.message ?? error.code ?? '', params), params);
  };

  /**
   * A request that failed as a whole (urql's CombinedError): a GraphQL error with a code (FORBIDDEN, UNAUTHENTICATED)
   * said by it; otherwise "could not reach the API" with the transport's own text.
   */
  sayRequestError = (error: { message: string; graphQLErrors?: readonly { message: string; extensions?: { code?: unknown } | null }[] }): string => {
    const first = error.graphQLErrors?.[0];
    const code = first?.extensions?.code;
    if (first && typeof code === 'string' && isMessageKey(`error.${code}`)) return this.sayError({ code, message: first.message });
    return this.t('common.networkError', { message: error.message.replace(/^\[(Network|GraphQL)\]\s*/, '') });
  };
}

function errorParams(value: unknown): Params {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
}

export const i18n = new I18n();
export const t = i18n.t;
export const tOr = i18n.tOr;
export const sayError = i18n.sayError;
export const sayRequestError = i18n.sayRequestError;
export type { Locale, MessageKey };
