import { describe, expect, it } from 'vitest';
import { DICTIONARIES, detectLocale, interpolate, translate } from './core';
import { en } from './en';
import { ko } from './ko';

describe('i18n', () => {
  it('prefers the remembered locale, then the browser language, then English', () => {
    expect(detectLocale('ko', ['en-US'])).toBe('ko');
    expect(detectLocale('en', ['ko-KR'])).toBe('en');
    expect(detectLocale(null, ['ko-KR', 'en'])).toBe('ko');
    expect(detectLocale('fr', ['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLocale(undefined, ['de-DE'])).toBe('en');
    expect(detectLocale(null, undefined)).toBe('en');
  });

  it('translates and interpolates', () => {
    expect(translate('ko', 'nav.evaluate')).toBe('평가');
    expect(translate('en', 'evaluate.selectedCount', { count: 3 })).toBe('3 selected');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('falls back to English when a Korean message is missing, then to the key', () => {
    expect(ko['source.LIVE']).toBeUndefined();
    expect(translate('ko', 'source.LIVE')).toBe('LIVE');
    const partial = { en: { ...DICTIONARIES.en }, ko: {} };
    delete partial.en['nav.tasks'];
    expect(translate('ko', 'nav.tasks', undefined, partial)).toBe('nav.tasks');
  });

  it('has no Korean keys that English lacks, and keeps placeholders consistent', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(ko)) {
      expect(Object.hasOwn(en, key), key).toBe(true);
      expect(placeholders(value ?? ''), key).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });
});

describe('accounts strings', () => {
  it('are all translated to Korean', async () => {
    const { enAuth } = await import('./en.auth');
    const { koAuth } = await import('./ko.auth');
    const missing = Object.keys(enAuth).filter((key) => !Object.hasOwn(koAuth, key));
    expect(missing).toEqual([]);
  });
});
