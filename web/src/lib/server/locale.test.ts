import { describe, expect, it } from 'vitest';
import { acceptedLanguages, requestLocale } from './locale';

const cookies = (value?: string) => ({ get: (name: string) => (name === 'benchhub.locale' ? value : undefined) });
const headers = (acceptLanguage?: string) => new Headers(acceptLanguage ? { 'accept-language': acceptLanguage } : {});

describe('the language of a server-rendered page', () => {
  it('reads Accept-Language by preference (q), ignoring * and refused languages', () => {
    expect(acceptedLanguages('ko-KR,ko;q=0.9,en;q=0.8')).toEqual(['ko-KR', 'ko', 'en']);
    expect(acceptedLanguages('en;q=0.2, ko;q=0.7, *;q=0.5, de;q=0')).toEqual(['ko', 'en']);
    expect(acceptedLanguages(null)).toEqual([]);
  });

  it('follows the remembered choice first, then the browser languages, else English (as the browser does)', () => {
    expect(requestLocale(cookies('ko'), headers('en-US'))).toBe('ko');
    expect(requestLocale(cookies('en'), headers('ko-KR'))).toBe('en');
    expect(requestLocale(cookies('xx'), headers('ko-KR,en;q=0.5'))).toBe('ko');
    expect(requestLocale(cookies(), headers('fr-FR,en;q=0.5'))).toBe('en');
    expect(requestLocale(cookies(), headers())).toBe('en');
  });
});
