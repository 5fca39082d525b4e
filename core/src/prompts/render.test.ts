import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scoreOutput } from '../scoring';
import { FIXTURE_ITEMS } from './fixtures';
import { renderPrompt } from './render';
import { PROMPT_TEMPLATE_VERSION } from './templates';

function fixture(id: string) {
  const found = FIXTURE_ITEMS.find((i) => i.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

/**
 * Fingerprint of the rendered templates for each released version. Changing template text changes the
 * hash: bump PROMPT_TEMPLATE_VERSION and record the new hash here (never edit an existing entry), so
 * results produced by different prompts are never compared as if they were the same.
 */
const RECORDED_TEMPLATE_HASHES: Readonly<Record<string, string>> = {
  v1: '0ee4196f2753992ca95d39075fc0eadb3765c3f16c118a6ea30dd5accaf89d7b',
};

describe('renderPrompt', () => {
  it('renders English MCQA with lettered options and the answer format', () => {
    const { system, user, templateVersion } = renderPrompt(fixture('en-mcqa'));
    expect(templateVersion).toBe(PROMPT_TEMPLATE_VERSION);
    expect(system).toContain('Answer: <letter>');
    expect(user).toContain('Question:\nWhat is the capital of France?');
    expect(user).toContain('Options:\nA. London\nB. Paris\nC. Berlin\nD. Madrid');
    expect(user).toContain('one of A, B, C, D');
    expect(user).not.toContain('Context:');
  });

  it('renders Korean MCQA in Korean with the context first', () => {
    const { system, user } = renderPrompt(fixture('ko-mcqa'));
    expect(system).toContain('정답: <알파벳>');
    expect(user.startsWith('지문:\n부산은 대한민국 제2의 도시이다.')).toBe(true);
    expect(user).toContain('선택지:\nA. 서울\nB. 부산\nC. 대구\nD. 인천\nE. 광주');
    expect(user).toContain('A, B, C, D, E 중 하나');
  });

  it('asks short-form items for a final "Answer:" / "정답:" line', () => {
    expect(renderPrompt(fixture('en-short')).user).toContain('"Answer: <answer>"');
    expect(renderPrompt(fixture('ko-short')).user).toContain('"정답: <답>"');
  });

  it('asks Binary items for True/False or 참/거짓', () => {
    expect(renderPrompt(fixture('en-binary')).user).toContain('"Answer: True" or "Answer: False"');
    expect(renderPrompt(fixture('ko-binary')).user).toContain('"정답: 참" 또는 "정답: 거짓"');
  });

  it('asks Binary items with non-verdict options to choose among them', () => {
    const { user } = renderPrompt(fixture('en-binary-options'));
    expect(user).toContain('A. Agree\nB. Disagree');
    expect(user).toContain('Answer: <letter>');
  });

  it('asks open-ended items for a free answer without a format line', () => {
    const { user } = renderPrompt(fixture('en-open'));
    expect(user).toBe('Question:\nExplain why the sky is blue.\n\nWrite your answer.');
    expect(renderPrompt(fixture('ko-open')).user).toContain('답변을 작성하세요.');
  });

  it('renders 2 to 10 options with their letters, and the last letter is read back as the last option', () => {
    for (let k = 2; k <= 10; k++) {
      const options = Array.from({ length: k }, (_, i) => `choice number ${i + 1}`);
      const letters = 'ABCDEFGHIJ'.slice(0, k).split('');
      for (const language of ['English', 'Korean'] as const) {
        const { user } = renderPrompt({ ...fixture('en-mcqa'), language, options });
        expect(user).toContain(options.map((o, i) => `${letters[i]}. ${o}`).join('\n'));
        expect(user).toContain(letters.join(', '));
        const answer = language === 'English' ? `Answer: ${letters[k - 1]}` : `정답: ${letters[k - 1]}`;
        expect(scoreOutput({ problemType: 'MCQA', options, answer: letters[k - 1]!, output: answer }).status).toBe('correct');
      }
    }
  });

  it('throws for a choice question without enough options', () => {
    expect(() => renderPrompt({ ...fixture('en-mcqa'), options: null })).toThrow(/needs 2–10 options/);
    expect(() => renderPrompt({ ...fixture('en-mcqa'), options: Array.from({ length: 11 }, (_, i) => `o${i}`) })).toThrow();
  });

  it('template text matches the hash recorded for PROMPT_TEMPLATE_VERSION (bump the version when text changes)', () => {
    const rendered = FIXTURE_ITEMS.map((i) => renderPrompt(i));
    const hash = createHash('sha256').update(JSON.stringify(rendered)).digest('hex');
    expect(
      RECORDED_TEMPLATE_HASHES[PROMPT_TEMPLATE_VERSION],
      `Prompt templates changed (hash ${hash}). Bump PROMPT_TEMPLATE_VERSION and record the new hash.`,
    ).toBe(hash);
  });
});
