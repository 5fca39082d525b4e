import { describe, expect, it } from 'vitest';
// The server's list of every code a BaseError or FieldIssue can carry (its error classes accept no other).
import { ERROR_CODES } from '../../../../server/src/error-codes';
import { en } from './en';
import { ko } from './ko';

/** How sayError looks a code up: error.<CODE>, else field.<CODE>. */
const keysOf = (code: string) => [`error.${code}`, `field.${code}`];
const saidIn = (dictionary: Record<string, string | undefined>, code: string) => keysOf(code).some((key) => Object.hasOwn(dictionary, key));

describe('every server error code', () => {
  it('comes from a list without duplicates', () => {
    expect(ERROR_CODES.length).toBeGreaterThanOrEqual(80);
    expect(ERROR_CODES.filter((code, i) => ERROR_CODES.indexOf(code) !== i)).toEqual([]);
  });

  it('has an English and a Korean sentence in the web app', () => {
    expect(ERROR_CODES.filter((code) => !saidIn(en, code))).toEqual([]);
    expect(ERROR_CODES.filter((code) => !saidIn(ko, code))).toEqual([]);
    // The Korean sentence of each is Korean, not a copy of the English one.
    const notKorean = ERROR_CODES.filter((code) => {
      const key = keysOf(code).find((k) => Object.hasOwn(ko, k));
      return !/[가-힣]/.test(key ? (ko[key as keyof typeof ko] ?? '') : '');
    });
    expect(notKorean).toEqual([]);
  });
});

describe('errors said by code in Korean', () => {
  it('says import, leaderboard and egress refusals with the values they name, and generic codes in general words', async () => {
    const { i18n, sayError, sayRequestError } = await import('./i18n.svelte');
    i18n.locale = 'ko';
    try {
      expect(sayError({ code: 'CSV_RECORD_TOO_LONG', message: 'The CSV record starting at line 7 is longer…', params: { line: 7, max: 1000 } })).toBe(
        '7번째 줄에서 시작하는 CSV 레코드가 1000자보다 깁니다(닫히지 않은 따옴표?).',
      );
      expect(sayError({ code: 'LEADERBOARD_FILE_UNREADABLE', message: 'Cannot read broken.jsonl: …', params: { file: 'broken.jsonl', detail: 'Unexpected token' } })).toBe(
        'broken.jsonl을(를) 읽을 수 없습니다. 올바른 리더보드 표가 아닙니다.',
      );
      expect(sayError({ code: 'LEADERBOARD_ENTRY_NOT_FOUND', message: 'No leaderboard entry x', params: { id: 'x', resource: 'LeaderboardEntry' } })).toBe(
        '이 리더보드 셀은 더 이상 없습니다(그사이 삭제됨?). 목록을 새로 고치세요.',
      );
      expect(sayError({ code: 'ADDRESS_NOT_ALLOWED', message: '10.0.0.5:80 resolves to …', params: { field: 'baseUrl', host: '10.0.0.5' } })).toBe(
        '10.0.0.5은(는) 모델 엔드포인트로 허용되지 않는 주소입니다(사설 또는 내부 네트워크). 관리자가 허용할 수 있습니다.',
      );
      expect(sayError({ code: 'PAGE_SIZE_OUT_OF_RANGE', message: 'first must be between 0 and 200', params: { field: 'first', max: 200 } })).toBe('한 페이지에는 최대 200행까지 담을 수 있습니다.');
      expect(sayError({ code: 'NOT_FOUND', message: 'No API token t1' })).toBe('찾을 수 없습니다. 그사이 삭제되었을 수 있습니다.');
      expect(sayRequestError({ message: '[GraphQL] Your role may not do this', graphQLErrors: [{ message: 'Your role may not do this', extensions: { code: 'FORBIDDEN' } }] })).toBe(
        '이 작업을 할 권한이 없습니다.',
      );
      i18n.locale = 'en';
      // In English a generic code keeps the server's more precise sentence; a specific one is said from the dictionary.
      expect(sayError({ code: 'NOT_FOUND', message: 'No API token t1' })).toBe('No API token t1');
      expect(sayError({ code: 'LEADERBOARD_MODEL_NOT_FOUND', message: 'No leaderboard cells for model "m"', params: { model: 'm', language: '' } })).toBe(
        'The leaderboard has no cells for the model "m".',
      );
    } finally {
      i18n.locale = 'en';
    }
  });
});

