/**
 * An endpoint's secrets — its API key (`apiKeyCiphertext`) and its extra headers (sealed as one
 * JSON object in `params.extraHeadersCiphertext`, names alone in `params.extraHeaderNames`) — as
 * the server, the worker and `benchhub secrets rotate` read and write them. Rows written before
 * headers were sealed hold them in plain `params.extraHeaders`; they are still read, and sealed by
 * setup (`sealLegacyEndpointHeaders`) and by rotation.
 */
import type { PrismaClient, Prisma } from './client';
import { sqliteConnectionOf } from './client';
import { canDecrypt, decryptSecret, encryptSecret, isOutdatedCiphertext, SecretDecryptionError } from './secrets';

export interface EndpointSecretsRow {
  name: string;
  apiKeyCiphertext: string | null;
  params: unknown;
}

/** What `params` may hold about headers. */
interface HeaderParams {
  extraHeaders?: Record<string, string>;
  extraHeaderNames?: string[];
  extraHeadersCiphertext?: string;
}

export type SecretStatus = 'NONE' | 'READABLE' | 'UNREADABLE';

const headerParams = (params: unknown): HeaderParams => (params && typeof params === 'object' ? (params as HeaderParams) : {});

/** The params fields that store `headers` (sealed), replacing any earlier form. */
export function sealHeaders(headers: Record<string, string>, material?: string): Pick<HeaderParams, 'extraHeaderNames' | 'extraHeadersCiphertext'> {
  const names = Object.keys(headers);
  if (names.length === 0) return { extraHeaderNames: [] };
  return { extraHeaderNames: names, extraHeadersCiphertext: encryptSecret(JSON.stringify(headers), material) };
}

/** `params` without any header fields (to merge freshly sealed ones into). */
export function withoutHeaders(params: unknown): Record<string, unknown> {
  const { extraHeaders: _plain, extraHeaderNames: _names, extraHeadersCiphertext: _sealed, ...rest } = (headerParams(params) ?? {}) as Record<string, unknown>;
  return rest;
}

/** Header names only (values may be credentials). */
export function headerNames(params: unknown): string[] {
  const p = headerParams(params);
  return p.extraHeaderNames ?? Object.keys(p.extraHeaders ?? {});
}

export function headersStatus(row: Pick<EndpointSecretsRow, 'params'>): SecretStatus {
  const p = headerParams(row.params);
  if (p.extraHeadersCiphertext) return canDecrypt(p.extraHeadersCiphertext) ? 'READABLE' : 'UNREADABLE';
  return Object.keys(p.extraHeaders ?? {}).length > 0 ? 'READABLE' : 'NONE';
}

export function keyStatus(row: Pick<EndpointSecretsRow, 'apiKeyCiphertext'>): SecretStatus {
  if (row.apiKeyCiphertext === null) return 'NONE';
  return canDecrypt(row.apiKeyCiphertext) ? 'READABLE' : 'UNREADABLE';
}

/** The extra headers in clear (legacy plain ones as they are). Throws SecretDecryptionError. */
export function openHeaders(params: unknown, material?: string): Record<string, string> {
  const p = headerParams(params);
  if (p.extraHeadersCiphertext) return JSON.parse(decryptSecret(p.extraHeadersCiphertext, material)) as Record<string, string>;
  return { ...(p.extraHeaders ?? {}) };
}

/**
 * An endpoint's key and headers in clear, for a call. A secret the current BENCHHUB_SECRET cannot
 * open throws SecretDecryptionError (code SECRET_UNAVAILABLE) naming the endpoint.
 */
export function openEndpointSecrets(row: EndpointSecretsRow): { apiKey: string | null; headers: Record<string, string> } {
  try {
    return { apiKey: row.apiKeyCiphertext ? decryptSecret(row.apiKeyCiphertext) : null, headers: openHeaders(row.params) };
  } catch (error) {
    if (!(error instanceof SecretDecryptionError)) throw error;
    throw new SecretDecryptionError(
      `SECRET_UNAVAILABLE: the stored API key or headers of "${row.name}" cannot be decrypted with the current BENCHHUB_SECRET ` +
        '(or .data/secret.key); restore the secret it was saved with, or enter the key and headers again.',
    );
  }
}

export interface RotationReport {
  /** Endpoints whose secrets were rewritten. */
  rewritten: string[];
  /** Endpoints whose secrets the old secret cannot open: left as they are. */
  unreadable: string[];
  /** Endpoints with nothing secret stored. */
  untouched: number;
}

/**
 * Re-encrypts every endpoint's key and headers from one secret to another (the same one upgrades
 * old formats and seals plain headers) in one transaction. With `dryRun`, only reports.
 */
export async function reencryptEndpointSecrets(db: PrismaClient, options: { from: string; to: string; dryRun?: boolean }): Promise<RotationReport> {
  const rows = await db.modelEndpoint.findMany({ select: { id: true, name: true, apiKeyCiphertext: true, params: true }, orderBy: { name: 'asc' } });
  const report: RotationReport = { rewritten: [], unreadable: [], untouched: 0 };
  const updates: Array<{ id: string; data: { apiKeyCiphertext: string | null; params: Prisma.InputJsonValue } }> = [];
  for (const row of rows) {
    const p = headerParams(row.params);
    if (row.apiKeyCiphertext === null && !p.extraHeadersCiphertext && !p.extraHeaders) {
      report.untouched++;
      continue;
    }
    try {
      const apiKey = row.apiKeyCiphertext ? decryptSecret(row.apiKeyCiphertext, options.from) : null;
      const headers = openHeaders(row.params, options.from);
      updates.push({
        id: row.id,
        data: {
          apiKeyCiphertext: apiKey === null ? null : encryptSecret(apiKey, options.to),
          params: { ...withoutHeaders(row.params), ...sealHeaders(headers, options.to) } as Prisma.InputJsonValue,
        },
      });
      report.rewritten.push(row.name);
    } catch (error) {
      if (!(error instanceof SecretDecryptionError)) throw error;
      report.unreadable.push(row.name);
    }
  }
  if (!options.dryRun && updates.length > 0) await writeOverwriting(db, updates);
  return report;
}

/**
 * Writes in one transaction; on SQLite with secure_delete, so the plaintext and old ciphertexts
 * are zeroed in the file rather than left in free pages, then checkpoints the WAL away.
 */
async function writeOverwriting(db: PrismaClient, updates: Array<{ id: string; data: { apiKeyCiphertext: string | null; params: Prisma.InputJsonValue } }>) {
  await db.$queryRawUnsafe('SELECT 1');
  const sqlite = sqliteConnectionOf(db);
  sqlite?.pragma('secure_delete = ON');
  try {
    await db.$transaction(updates.map(({ id, data }) => db.modelEndpoint.update({ where: { id }, data })));
    sqlite?.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite?.pragma('secure_delete = OFF');
  }
}

/**
 * Seals headers still stored in plain text (rows from before sealing) with the current secret, and
 * rewrites old-format ciphertexts that open with it. Run by setup; idempotent.
 */
export async function sealLegacyEndpointHeaders(db: PrismaClient, material: string): Promise<number> {
  const rows = await db.modelEndpoint.findMany({ select: { params: true, apiKeyCiphertext: true } });
  const pending = rows.some((row) => headerParams(row.params).extraHeaders !== undefined || (row.apiKeyCiphertext && isOutdatedCiphertext(row.apiKeyCiphertext) && canDecrypt(row.apiKeyCiphertext, material)));
  if (!pending) return 0;
  const report = await reencryptEndpointSecrets(db, { from: material, to: material });
  return report.rewritten.length;
}
