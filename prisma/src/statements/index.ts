/** The hot statements of the client's dialect (see types.ts). */
import { dialectOf } from '../client';
import { postgresStatements } from './postgres';
import { sqliteStatements } from './sqlite';
import type { Db, DialectStatements } from './types';

export function statementsFor(db: Db): DialectStatements {
  return dialectOf(db) === 'postgresql' ? postgresStatements : sqliteStatements;
}

export * from './types';
