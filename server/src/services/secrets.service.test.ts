import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, openHeaders, sealLegacyEndpointHeaders } from '@benchhub/db';
import { databaseContents } from '@benchhub/db/testing/database';
import { createTempDatabase, type TempDatabase } from '../../test/support/temp-database';
import { createModelEndpoint } from './model-endpoint.service';
import { rotateSecrets } from './secrets.service';

const OLD = 'old-secret-0123456789';
const NEW = 'new-secret-9876543210';
let temp: TempDatabase;
let keyFile: string;

/** A row as the first release stored it: v1 key (bare SHA-256), headers in plain text. */
function v1(plaintext: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', createHash('sha256').update(secret).digest(), iv);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
}

/** Every byte SQLite has on disk for this database (main file and write-ahead log), or every PostgreSQL row. */
const databaseBytes = () => databaseContents(temp.url);

beforeAll(async () => {
  process.env.BENCHHUB_SECRET = OLD;
  temp = await createTempDatabase('benchhub-secrets-');
  keyFile = path.join(temp.dir, 'secret.key');
}, 60_000);
afterAll(() => temp.close());

describe('secrets at rest', () => {
  it('keeps extra header values out of the database file; the SQLite files are 0600', async () => {
    await createModelEndpoint(temp.db, { name: 'sealed', baseUrl: 'http://localhost:11434/v1', modelId: 'm', apiKey: 'sk-sealed-key-123', extraHeaders: { 'X-Tenant': 'tenant-value-8841' } });
    if (temp.dialect === 'sqlite') await temp.db.$executeRawUnsafe('PRAGMA wal_checkpoint(FULL)');
    const bytes = databaseBytes();
    expect(bytes).toContain('X-Tenant'); // names are stored (shown in the UI), values are not
    expect(bytes).not.toContain('tenant-value-8841');
    expect(bytes).not.toContain('sk-sealed-key-123');
    if (temp.dialect !== 'sqlite') return; // PostgreSQL's files belong to its server
    const file = temp.url.slice('file:'.length);
    for (const f of [file, `${file}-wal`, `${file}-shm`].filter(existsSync)) expect(statSync(f).mode & 0o777, f).toBe(0o600);
  });

  it('setup seals headers stored in plain text and upgrades v1 keys', async () => {
    await temp.db.modelEndpoint.create({
      data: { name: 'legacy', kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://localhost:11434/v1', modelId: 'm', apiKeyCiphertext: v1('sk-legacy-key-77', OLD), params: { temperature: 0, extraHeaders: { 'X-Org': 'org-legacy-value' } } },
    });
    expect(await sealLegacyEndpointHeaders(temp.db, OLD)).toBeGreaterThan(0);
    const row = await temp.db.modelEndpoint.findUniqueOrThrow({ where: { name: 'legacy' } });
    expect(row.apiKeyCiphertext).toMatch(/^v2:/);
    expect(decryptSecret(row.apiKeyCiphertext!, OLD)).toBe('sk-legacy-key-77');
    expect(row.params).toMatchObject({ temperature: 0, extraHeaderNames: ['X-Org'] });
    expect(openHeaders(row.params, OLD)).toEqual({ 'X-Org': 'org-legacy-value' });
    expect(databaseBytes()).not.toContain('org-legacy-value');
    expect(await sealLegacyEndpointHeaders(temp.db, OLD)).toBe(0); // idempotent
  });

  it('rotates to a new secret through the key file, and reports what the old secret cannot open', async () => {
    writeFileSync(keyFile, `${OLD}\n`, { mode: 0o600 });
    await temp.db.modelEndpoint.create({ data: { name: 'foreign', kind: 'OPENAI_COMPATIBLE', baseUrl: 'http://localhost:1/v1', modelId: 'm', apiKeyCiphertext: encryptSecret('sk-foreign', 'some-other-secret-xyz'), params: {} } });
    const before = await temp.db.modelEndpoint.findUniqueOrThrow({ where: { name: 'foreign' } });

    const dry = await rotateSecrets(temp.db, { current: OLD, source: 'file', keyFile, next: NEW, dryRun: true });
    expect(dry).toMatchObject({ rewritten: ['legacy', 'sealed'], unreadable: ['foreign'], keyFileWritten: false });
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(OLD);

    const result = await rotateSecrets(temp.db, { current: OLD, source: 'file', keyFile, next: NEW });
    expect(result).toMatchObject({ rewritten: ['legacy', 'sealed'], unreadable: ['foreign'], changed: true, keyFileWritten: true, resumed: false });
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(NEW);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(existsSync(`${keyFile}.new`)).toBe(false);
    const sealed = await temp.db.modelEndpoint.findUniqueOrThrow({ where: { name: 'sealed' } });
    expect(decryptSecret(sealed.apiKeyCiphertext!, NEW)).toBe('sk-sealed-key-123');
    expect(() => decryptSecret(sealed.apiKeyCiphertext!, OLD)).toThrow();
    expect(openHeaders(sealed.params, NEW)).toEqual({ 'X-Tenant': 'tenant-value-8841' });
    expect(await temp.db.modelEndpoint.findUniqueOrThrow({ where: { name: 'foreign' } })).toEqual(before);
  });

  it('finishes a rotation interrupted after the database moved, and refuses a short new secret', async () => {
    // The database is under NEW (previous test); pretend the process died before installing a newer key.
    const NEWER = 'newer-secret-55555555555';
    const moved = await rotateSecrets(temp.db, { current: NEW, source: 'env', keyFile, next: NEWER });
    expect(moved.keyFileWritten).toBe(false);
    writeFileSync(`${keyFile}.new`, `${NEWER}\n`, { mode: 0o600 });
    const resumed = await rotateSecrets(temp.db, { current: NEW, source: 'file', keyFile });
    expect(resumed).toMatchObject({ resumed: true, changed: false, rewritten: ['legacy', 'sealed'] });
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(NEWER);
    await expect(rotateSecrets(temp.db, { current: NEWER, source: 'env', keyFile, next: 'short' })).rejects.toMatchObject({ code: 'SECRET_TOO_SHORT' });
  });
});
