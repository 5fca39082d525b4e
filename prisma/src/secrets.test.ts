import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, SecretDecryptionError } from './secrets';

describe('API key encryption at rest', () => {
  it('round-trips and never stores the plaintext', () => {
    process.env.BENCHHUB_SECRET = 'test-secret-1';
    const sealed = encryptSecret('sk-live-abc123');
    expect(sealed).not.toContain('sk-live-abc123');
    expect(decryptSecret(sealed)).toBe('sk-live-abc123');
    expect(encryptSecret('sk-live-abc123')).not.toBe(sealed); // fresh IV every time
  });

  it('refuses ciphertext made with another key or tampered with', () => {
    process.env.BENCHHUB_SECRET = 'test-secret-1';
    const sealed = encryptSecret('sk-live-abc123');
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => decryptSecret(tampered)).toThrow(SecretDecryptionError);
    process.env.BENCHHUB_SECRET = 'test-secret-2';
    expect(() => decryptSecret(sealed)).toThrow(SecretDecryptionError);
  });
});
