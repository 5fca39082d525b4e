import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { responseCacheKey } from './response-cache';

describe('responseCacheKey', () => {
  const identity = JSON.stringify(['http://127.0.0.1:8000/v1', 'qwen', 0, null]);
  const prompt = { system: 'You answer multiple-choice questions.', user: 'Q: 2+2?\nA. 3\nB. 4' };

  it('is stable across versions: stored cache entries stay reachable', () => {
    expect(responseCacheKey(identity, prompt)).toBe('6c1e8625a653b0dbc396f83d88d00bed45449661161bbd7590352c748f8d07ea');
  });

  it('hashes identity and prompt as parts (a boundary shift changes the key)', () => {
    const promptHash = createHash('sha256').update(prompt.system).update('\u0000').update(prompt.user).digest('hex');
    expect(responseCacheKey(identity, prompt)).toBe(createHash('sha256').update(identity).update('\u0000').update(promptHash).digest('hex'));
    expect(responseCacheKey(identity, { system: 'You answer multiple-choice questions.Q', user: ': 2+2?\nA. 3\nB. 4' })).not.toBe(responseCacheKey(identity, prompt));
    expect(responseCacheKey(JSON.stringify(['http://127.0.0.1:8000/v1', 'qwen', 0.7, null]), prompt)).not.toBe(responseCacheKey(identity, prompt));
  });
});
