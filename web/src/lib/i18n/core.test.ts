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
    expect(translate('ko', 'source.LIVE', undefined, { en: DICTIONARIES.en, ko: {} })).toBe('LIVE');
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

/**
 * Messages that are the same in both languages: a language's own name, an example goal written in English (the
 * planner reads both), a key chord and statistical symbols. Everything else the Korean UI shows is Korean.
 */
const SAME_IN_BOTH: readonly string[] = ['lang.en', 'lang.ko', 'evaluate.example1', 'evaluate.example2', 'evaluate.example3', 'evaluate.submitHint', 'task.n', 'task.pValue'];

describe('Korean strings', () => {
  it('exist for every English string (accounts included), except the few that are the same in both languages', async () => {
    const { enAuth } = await import('./en.auth');
    const { koAuth } = await import('./ko.auth');
    expect(Object.keys(enAuth).filter((key) => !Object.hasOwn(koAuth, key))).toEqual([]);
    const missing = Object.keys(en).filter((key) => !Object.hasOwn(ko, key) && !SAME_IN_BOTH.includes(key));
    expect(missing).toEqual([]);
    // …and those few really are absent from the Korean dictionary (not stale entries of this list).
    expect(SAME_IN_BOTH.filter((key) => Object.hasOwn(ko, key) || !Object.hasOwn(en, key))).toEqual([]);
  });

  it('say every server error and field-level validation code in Korean (error.* and field.* messages)', () => {
    const codes = Object.keys(en).filter((key) => /^(error|field)\.[A-Z_]+$/.test(key));
    expect(codes.filter((key) => key.startsWith('field.')).length).toBeGreaterThanOrEqual(20);
    expect(codes.filter((key) => !/[가-힣]/.test(ko[key as keyof typeof ko] ?? ''))).toEqual([]);
  });

  it('are Korean: no Korean message is the English one copied', () => {
    // Names and formats are the same in both (BenchHub Plus, HTTP, Markdown, HTML, BibTeX, Redis); placeholders are values.
    const words = (value: string) => value.replace(/\{\w+\}/g, '').replace(/BenchHub|Plus|HTTP|Markdown|HTML|BibTeX|Redis/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    const copied = Object.entries(ko).filter(([key, value]) => words(value ?? '').length > 0 && value === en[key as keyof typeof en] && !SAME_IN_BOTH.includes(key));
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});
