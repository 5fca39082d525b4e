import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config, DATA_DIR } from './config';

/**
 * API keys are encrypted at rest with AES-256-GCM. The key comes from BENCHHUB_SECRET (any string,
 * hashed to 32 bytes) or from a generated .data/secret.key (mode 0600) shared by server and workers.
 */
const FORMAT = 'v1';

export function secretKeyFile(): string {
  return path.join(DATA_DIR, 'secret.key');
}

let cachedKey: Buffer | undefined;
let cachedFrom: string | undefined;

export function encryptionKey(): Buffer {
  const fromEnv = config().BENCHHUB_SECRET;
  const source = fromEnv ? `env:${fromEnv}` : `file:${secretKeyFile()}`;
  if (cachedKey && cachedFrom === source) return cachedKey;
  let material: string;
  if (fromEnv) {
    material = fromEnv;
  } else {
    const file = secretKeyFile();
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      // 'wx' never overwrites a key another process created a moment ago.
      try {
        writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    chmodSync(file, 0o600);
    material = readFileSync(file, 'utf8').trim();
  }
  cachedKey = createHash('sha256').update(material).digest();
  cachedFrom = source;
  return cachedKey;
}

export function encryptSecret(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encryptionKey(), iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
}

export class SecretDecryptionError extends Error {
  override name = 'SecretDecryptionError';
}

export function decryptSecret(ciphertext: string): string {
  const [format, iv, tag, data] = ciphertext.split(':');
  if (format !== FORMAT || !iv || !tag || data === undefined) throw new SecretDecryptionError('Unrecognized secret format');
  try {
    const decipher = createDecipheriv('aes-256-gcm', encryptionKey(), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptionError(
      'Cannot decrypt a stored API key: BENCHHUB_SECRET or .data/secret.key differs from the one used to save it',
    );
  }
}
