// Is a build output up to date with its sources? A stamp file beside the output records a fingerprint of the
// inputs: a cheap one (paths, sizes, modification times: a few milliseconds for a few hundred files) and a
// content hash. When the cheap one differs (an edit, a checkout, a fresh clone) the content hash decides, so
// touching a file or switching branches back and forth does not rebuild anything.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', '.svelte-kit', 'test-results', 'screenshots', 'e2e']);
const SKIP_FILE = /\.(test|spec)\.[cm]?[jt]s$|\.md$/;

/** Every input file under `entries` (files or folders, relative to the repo root), sorted; tests excluded. */
export function inputFiles(entries) {
  const files = [];
  const walk = (relative) => {
    const absolute = path.join(REPO_ROOT, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isFile()) return void files.push(relative);
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(child);
      } else if (!SKIP_FILE.test(entry.name)) files.push(child);
    }
  };
  for (const entry of entries) walk(entry);
  return files.sort();
}

function statPrint(files) {
  const hash = createHash('sha1');
  for (const file of files) {
    const s = statSync(path.join(REPO_ROOT, file));
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function contentPrint(files, extra) {
  const hash = createHash('sha256');
  hash.update(`${extra}\n`);
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(REPO_ROOT, file)));
  }
  return hash.digest('hex');
}

/**
 * A build target: `inputs` (repo-relative files/folders), `outputs` (files that must exist), `stamp` (where the
 * fingerprint is kept), `extra` (anything else the output depends on, e.g. the Node major version).
 */
export function buildState({ inputs, outputs, stamp, extra = '' }) {
  const stampPath = path.join(REPO_ROOT, stamp);
  const read = () => {
    try {
      return JSON.parse(readFileSync(stampPath, 'utf8'));
    } catch {
      return null;
    }
  };
  return {
    /** True when every output exists and the sources are those it was built from. */
    fresh() {
      const recorded = read();
      if (!recorded || !outputs.every((o) => existsSync(path.join(REPO_ROOT, o)))) return false;
      const files = inputFiles(inputs);
      const stat = statPrint(files);
      if (recorded.stat === stat) return true;
      const content = contentPrint(files, extra);
      if (recorded.content !== content) return false;
      writeFileSync(stampPath, JSON.stringify({ ...recorded, stat }));
      return true;
    },
    /** The sources as they are now: take it before building, `record` it after the build succeeded. */
    snapshot() {
      const files = inputFiles(inputs);
      return { stat: statPrint(files), content: contentPrint(files, extra) };
    },
    record(snapshot) {
      mkdirSync(path.dirname(stampPath), { recursive: true });
      writeFileSync(stampPath, JSON.stringify({ ...snapshot, builtAt: new Date().toISOString() }));
    },
  };
}

/**
 * Runs `fn` holding an exclusive lock (a directory created atomically), so two commands started together do not
 * build into the same folder at once; a lock older than `staleMs` (a killed build) is taken over.
 */
export async function withBuildLock(name, fn, staleMs = 300_000) {
  const lock = path.join(REPO_ROOT, '.data', 'build-locks', name);
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > staleMs) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
