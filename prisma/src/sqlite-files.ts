import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

/**
 * The SQLite database and its companions (-wal, -shm, -journal) readable by their owner only: they
 * hold every prompt, answer and (sealed) secret. A new file is created 0600 before SQLite opens it,
 * so the -wal and -shm files SQLite makes next to it get the same mode; existing ones are fixed.
 */
export function protectSqliteFiles(file: string): void {
  if (file === '' || file.startsWith(':memory:')) return;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const companion of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(companion)) chmodSync(companion, 0o600);
  }
}
