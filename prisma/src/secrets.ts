import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config, DATA_DIR } from './config';

/**
 * Secrets at rest (endpoint API keys and extra headers) are sealed with AES-256-GCM. The key is
 * derived with HKDF-SHA256 from the deployment secret: BENCHHUB_SECRET, or a generated
 * `.data/secret.key` (mode 0600) shared by the server and workers of one machine.
 *
 * Formats: `v2:<iv>:<tag>:<data>` (HKDF key, written today) and `v1:…` (key = SHA-256 of the
 * secret, written before; still read, and rewritten as v2 by `benchhub secrets rotate`).
 */
const CURRENT = 'v2';
const SEALED = /^v[12]:[^:]*:[^:]*:[^:]*$/;

export function secretKeyFile(): string {
  return path.join(DATA_DIR, 'secret.key');
}

/** A secret key file's contents, creating it (random, mode 0600) when `create` and it is missing. */
export function readSecretKeyFile(file: string, create = true): string {
  if (!existsSync(file)) {
    if (!create) throw new SecretDecryptionError(`The secret key file ${file} does not exist`);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // 'wx' never overwrites a key another process created a moment ago.
    try {
      writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}

let cachedMaterial: { source: string; material: string } | undefined;

/** The deployment's secret: BENCHHUB_SECRET, else the generated key file (created on first use). */
export function secretMaterial(): string {
  const fromEnv = config().BENCHHUB_SECRET;
  const source = fromEnv ? `env:${fromEnv}` : `file:${secretKeyFile()}`;
  if (cachedMaterial?.source !== source) cachedMaterial = { source, material: fromEnv ?? readSecretKeyFile(secretKeyFile()) };
  return cachedMaterial.material;
}

/** Where the secret comes from: the environment or the key file (rotation writes the latter). */
export function secretSource(): 'env' | 'file' {
  return config().BENCHHUB_SECRET ? 'env' : 'file';
}

/**
 * A 32-byte key for one purpose (e.g. signing session cookies), derived from the deployment secret
 * with HKDF-SHA256, so no two uses share key material.
 */
export function derivedKey(purpose: string, material: string = secretMaterial()): Buffer {
  return Buffer.from(hkdfSync('sha256', material, 'benchhub-plus', purpose, 32));
}

interface Keyring {
  v1: Buffer;
  v2: Buffer;
}
const keyrings = new Map<string, Keyring>();

function keyring(material: string): Keyring {
  let keys = keyrings.get(material);
  if (!keys) {
    keys = { v1: createHash('sha256').update(material).digest(), v2: derivedKey('secrets at rest v2', material) };
    keyrings.set(material, keys);
  }
  return keys;
}

/** The current key (compatibility: callers that held the v1 key get the v2 one). */
export function encryptionKey(): Buffer {
  return keyring(secretMaterial()).v2;
}

/** Seals a secret with the deployment secret (or `material`, for rotation). */
export function encryptSecret(plaintext: string, material: string = secretMaterial()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring(material).v2, iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [CURRENT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
}

/** A stored secret that cannot be opened with the current deployment secret. */
export class SecretDecryptionError extends Error {
  override name = 'SecretDecryptionError';
  readonly code = 'SECRET_UNAVAILABLE';
}

export function decryptSecret(ciphertext: string, material: string = secretMaterial()): string {
  const [format, iv, tag, data] = ciphertext.split(':');
  if ((format !== 'v1' && format !== 'v2') || !iv || !tag || data === undefined) throw new SecretDecryptionError('Unrecognized secret format');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyring(material)[format], Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptionError(
      'A stored secret cannot be decrypted: BENCHHUB_SECRET (or .data/secret.key) differs from the one used to save it. ' +
        'Restore that secret, or enter the key again.',
    );
  }
}

/** Whether a ciphertext opens with the current secret (statuses shown to users; never the value). */
export function canDecrypt(ciphertext: string, material?: string): boolean {
  try {
    decryptSecret(ciphertext, material);
    return true;
  } catch {
    return false;
  }
}

/** A ciphertext in an older format (rotation rewrites it). */
export const isOutdatedCiphertext = (ciphertext: string): boolean => SEALED.test(ciphertext) && !ciphertext.startsWith(`${CURRENT}:`);

/** Shorter values are not redacted (they would mangle ordinary text and are not credentials). */
export const MIN_REDACTED_LENGTH = 6;
const REDACTED = '[redacted]';

/**
 * Removes every stored secret from text a provider sent back (error messages, answers) before it
 * is stored, logged, published or shown: the value as is, URL-encoded, JSON-escaped and base64.
 */
export function redactSecrets(text: string, secrets: Iterable<string | null | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_REDACTED_LENGTH) continue;
    const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64')]);
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}
