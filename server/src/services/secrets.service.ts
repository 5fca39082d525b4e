/**
 * `benchhub secrets rotate`: every stored API key and extra-header set re-encrypted, either under
 * the same secret (upgrading old formats, sealing plain headers) or under a new one.
 *
 * With the key file (no BENCHHUB_SECRET) the new secret goes to the file: it is written beside it
 * first (`secret.key.new`), the database is re-encrypted in one transaction, then the new file
 * replaces the old one. A rotation interrupted between the two is finished by the next run (it sees
 * `secret.key.new` and checks which secret the database is under). With BENCHHUB_SECRET the
 * operator sets the new value everywhere afterwards.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import {
  canDecrypt,
  openHeaders,
  readSecretKeyFile,
  reencryptEndpointSecrets,
  SecretDecryptionError,
  type PrismaClient,
  type RotationReport,
} from '@benchhub/db';
import { ValidationError } from '../errors';

export interface RotateOptions {
  /** The secret in use now (BENCHHUB_SECRET or the key file's contents). */
  current: string;
  /** Where the current secret comes from; `file` rotations rewrite `keyFile`. */
  source: 'env' | 'file';
  keyFile: string;
  /** The new secret; undefined re-encrypts under the current one. */
  next?: string;
  dryRun?: boolean;
}

export interface RotateResult extends RotationReport {
  /** The secret changed (false: same secret, formats upgraded). */
  changed: boolean;
  /** The key file was rewritten (file source with a new secret). */
  keyFileWritten: boolean;
  /** An interrupted earlier rotation was completed first. */
  resumed: boolean;
}

const MIN_SECRET_LENGTH = 16;

/** A fresh random secret (32 bytes, base64) for `--generate`. */
export const generateSecret = (): string => randomBytes(32).toString('base64');

export async function rotateSecrets(db: PrismaClient, options: RotateOptions): Promise<RotateResult> {
  let current = options.current;
  let resumed = false;
  const pendingFile = `${options.keyFile}.new`;
  if (options.source === 'file' && existsSync(pendingFile)) {
    const pending = readSecretKeyFile(pendingFile, false);
    // Interrupted after the database moved to the pending secret: finish by installing it.
    if (await databaseUnder(db, pending, current)) {
      if (!options.dryRun) renameSync(pendingFile, options.keyFile);
      current = pending;
      resumed = true;
    } else if (!options.dryRun) {
      rmSync(pendingFile);
    }
  }
  const next = options.next?.trim() || undefined;
  if (next !== undefined && next.length < MIN_SECRET_LENGTH) {
    throw new ValidationError(`The new secret must be at least ${MIN_SECRET_LENGTH} characters`, [{ path: 'secret', message: 'too short', code: 'TOO_SHORT', params: { min: MIN_SECRET_LENGTH } }], 'SECRET_TOO_SHORT', {
      min: MIN_SECRET_LENGTH,
    });
  }
  const to = next ?? current;
  const writeFile = options.source === 'file' && next !== undefined && next !== current;
  if (writeFile && !options.dryRun) writeFileSync(pendingFile, `${to}\n`, { mode: 0o600 });
  const report = await reencryptEndpointSecrets(db, { from: current, to, dryRun: options.dryRun });
  if (writeFile && !options.dryRun) renameSync(pendingFile, options.keyFile);
  return { ...report, changed: to !== current, keyFileWritten: writeFile && !options.dryRun, resumed };
}

/** Whether every stored secret that opens at all opens with `candidate` rather than `other`. */
async function databaseUnder(db: PrismaClient, candidate: string, other: string): Promise<boolean> {
  const rows = await db.modelEndpoint.findMany({ select: { apiKeyCiphertext: true, params: true } });
  let underCandidate = 0;
  for (const row of rows) {
    const opens = (material: string) => {
      try {
        if (row.apiKeyCiphertext && !canDecrypt(row.apiKeyCiphertext, material)) return false;
        openHeaders(row.params, material);
        return true;
      } catch (error) {
        if (error instanceof SecretDecryptionError) return false;
        throw error;
      }
    };
    if (!row.apiKeyCiphertext && !(row.params as { extraHeadersCiphertext?: string } | null)?.extraHeadersCiphertext) continue;
    if (opens(other)) return false;
    if (opens(candidate)) underCandidate++;
  }
  return underCandidate > 0;
}
