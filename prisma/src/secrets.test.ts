import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canDecrypt, decryptSecret, encryptSecret, isOutdatedCiphertext, redactSecrets, SecretDecryptionError } from './secrets';

/** A ciphertext as the first release wrote it: AES-256-GCM under a bare SHA-256 of the secret. */
function v1Ciphertext(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', createHash('sha256').update(secret).digest(), iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
}

describe('secrets at rest', () => {
  it('round-trips and never stores the plaintext', () => {
    process.env.BENCHHUB_SECRET = 'test-secret-1';
    const sealed = encryptSecret('sk-live-abc123');
    expect(sealed).toMatch(/^v2:/);
    expect(sealed).not.toContain('sk-live-abc123');
    expect(decryptSecret(sealed)).toBe('sk-live-abc123');
    expect(encryptSecret('sk-live-abc123')).not.toBe(sealed); // fresh IV every time
  });

  it('derives the key with HKDF, not a bare SHA-256 of the secret, and still reads v1 ciphertexts', () => {
    const sealed = encryptSecret('sk-live-abc123', 'material-A');
    // Relabelled as v1 (which a bare SHA-256 key opens), the same bytes do not decrypt.
    expect(() => decryptSecret(sealed.replace(/^v2:/, 'v1:'), 'material-A')).toThrow(SecretDecryptionError);
    const old = v1Ciphertext('sk-old-key-42', 'material-A');
    expect(decryptSecret(old, 'material-A')).toBe('sk-old-key-42');
    expect(isOutdatedCiphertext(old)).toBe(true);
    expect(isOutdatedCiphertext(sealed)).toBe(false);
  });

  it('refuses ciphertext made with another key or tampered with, with code SECRET_UNAVAILABLE', () => {
    process.env.BENCHHUB_SECRET = 'test-secret-1';
    const sealed = encryptSecret('sk-live-abc123');
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => decryptSecret(tampered)).toThrow(SecretDecryptionError);
    process.env.BENCHHUB_SECRET = 'test-secret-2';
    expect(() => decryptSecret(sealed)).toThrow(expect.objectContaining({ code: 'SECRET_UNAVAILABLE' }));
    expect(canDecrypt(sealed)).toBe(false);
    expect(canDecrypt(sealed, 'test-secret-1')).toBe(true);
  });
});

describe('redactSecrets', () => {
  it('removes a secret as is, URL-encoded, JSON-escaped and base64, and leaves short values alone', () => {
    const key = 'sk-proj/ab+c"d';
    const text = `Incorrect API key provided: ${key}. url=${encodeURIComponent(key)} json=${JSON.stringify(key)} basic=${Buffer.from(key).toString('base64')} org=abc`;
    const redacted = redactSecrets(text, [key, 'abc', null]);
    expect(redacted).not.toContain(key);
    expect(redacted).not.toContain(encodeURIComponent(key));
    expect(redacted).not.toContain(Buffer.from(key).toString('base64'));
    expect(redacted).toContain('Incorrect API key provided: [redacted].');
    expect(redacted).toContain('org=abc');
  });
});
