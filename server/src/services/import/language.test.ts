import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName } from './language';

describe('detectLanguage', () => {
  it.each([
    ['What is the capital of Korea?', { language: 'English' }],
    ['Capital of France?', { language: 'English' }],
    ['Solve for x: 3x + 2 = 11', { language: 'English' }],
    ['No tools allowed: what is 2 + 2?', { language: 'English' }],
    ["What does '사랑' mean in English, exactly?", { language: 'English' }],
    ['한국의 수도는 어디인가?', { language: 'Korean' }],
    ['다음 중 Python list comprehension에 대한 설명으로 옳은 것은?', { language: 'Korean' }],
    ['Siapa presiden pertama Indonesia?', { other: 'Indonesian' }],
    ['Apa ibu kota Jepang?', { other: 'Indonesian' }],
    ['भारत की राजधानी क्या है?', { other: 'Hindi or another Devanagari-script language' }],
    ['¿Cuál es la capital de España?', { other: 'Spanish' }],
    ['Quelle est la capitale de la France ?', { other: 'French' }],
    ['Was ist die Hauptstadt von Deutschland?', { other: 'German' }],
    ['Thủ đô của Việt Nam là gì?', { other: 'Vietnamese' }],
    ['Столица России?', { other: 'Cyrillic-script language' }],
    ['日本の首都はどこですか', { other: 'Japanese' }],
    ['中国的首都是哪里', { other: 'Chinese' }],
  ])('%j → %j', (text, expected) => {
    expect(detectLanguage(text)).toEqual(expected);
  });

  it('is null without letters', () => {
    expect(detectLanguage('12 + 30 = ?')).toBeNull();
  });

  it('names language codes readably', () => {
    expect(languageName('id')).toBe('Indonesian (id)');
    expect(languageName(' hi ')).toBe('Hindi (hi)');
    expect(languageName('Klingon')).toBe('Klingon');
  });
});
