/** The reactive UI language, remembered in localStorage and applied to <html lang>. */
import { browser } from '$app/environment';
import { STORAGE_KEY, detectLocale, isLocale, translate, type Locale, type MessageKey, type Params } from './core';

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
}

export const i18n = new I18n();
export const t = i18n.t;
export type { Locale, MessageKey };
