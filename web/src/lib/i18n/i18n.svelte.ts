/** The reactive UI language, remembered in localStorage and applied to <html lang>. */
import { browser } from '$app/environment';
import { STORAGE_KEY, detectLocale, translate, type Locale, type MessageKey, type Params } from './core';

function initialLocale(): Locale {
  if (!browser) return 'en';
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  return detectLocale(stored, navigator.languages?.length ? navigator.languages : [navigator.language]);
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
  }

  /** Translate in the current locale (reactive: reading it tracks `locale`). */
  t = (key: MessageKey, params?: Params): string => translate(this.locale, key, params);
}

export const i18n = new I18n();
export const t = i18n.t;
export type { Locale, MessageKey };
