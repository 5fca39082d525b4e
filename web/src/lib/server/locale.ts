import type { Cookies } from '@sveltejs/kit';
import { STORAGE_KEY, detectLocale, type Locale } from '$lib/i18n/core';

/**
 * The UI language of a server-rendered page: the choice the browser remembered (mirrored into a cookie by
 * ../i18n/i18n.svelte), else the browser's languages (Accept-Language, as navigator.languages), else English — the
 * browser's own rule, so the page hydrates in the language it was rendered in.
 */
export function requestLocale(cookies: Pick<Cookies, 'get'>, headers: Headers): Locale {
  return detectLocale(cookies.get(STORAGE_KEY), acceptedLanguages(headers.get('accept-language')));
}

/** "ko-KR,ko;q=0.9,en;q=0.8" → ["ko-KR", "ko", "en"], by preference. */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
