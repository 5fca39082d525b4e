import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, DATA_DIR, loadConfig, REPO_ROOT, redisDbIndex, withRedisDb } from './config';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe(`file:${path.join(DATA_DIR, 'benchhub.db')}`);
    expect(config.PORT).toBe(4000);
    expect(config.WEB_PORT).toBe(5173);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.WORKER_CONCURRENCY).toBe(4);
    expect(config.SERVER_IMPORT_DIRS).toEqual([path.join(DATA_DIR, 'imports')]);
    expect(config.BENCHHUB_SECRET).toBeUndefined();
  });

  it('types and normalises values', () => {
    const config = loadConfig({ PORT: ' 8080 ', DATABASE_URL: 'file:tmp/x.db', LOG_LEVEL: 'DEBUG', PLANNER_BASE_URL: 'http://h/v1', PLANNER_MODEL: 'm' });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe(`file:${path.join(REPO_ROOT, 'tmp', 'x.db')}`);
    expect(config.LOG_LEVEL).toBe('debug');
    expect(config.PLANNER_TIMEOUT_MS).toBe(15_000);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT must be an integer between 0 and 65535 \(got "eighty"\)$/],
    [{ WORKER_CONCURRENCY: '0' }, /WORKER_CONCURRENCY must be an integer between 1 and 1000 \(got "0"\)/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ PLANNER_MODEL: 'm' }, /PLANNER_BASE_URL is required with the other PLANNER_ variable/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('requires BENCHHUB_SECRET when the database is not the embedded SQLite file, and never echoes secrets', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://u@h/db' })).toThrow(/BENCHHUB_SECRET is required when DATABASE_URL is not the embedded SQLite file/);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h/db', BENCHHUB_SECRET: 's' }).BENCHHUB_SECRET).toBe('s');
    try {
      loadConfig({ PLANNER_API_KEY: 'sk-very-secret', PLANNER_MODEL: 'm' });
    } catch (error) {
      expect(String(error)).not.toContain('sk-very-secret');
    }
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: '-1', WEB_PORT: 'x' })).toThrow(/PORT .*; WEB_PORT /);
  });
});

describe('Redis URLs', () => {
  it('reads and replaces the database index instead of appending one', () => {
    expect(redisDbIndex('redis://127.0.0.1:6379')).toBe(0);
    expect(redisDbIndex('redis://127.0.0.1:6379/7')).toBe(7);
    expect(withRedisDb('redis://127.0.0.1:6379/1', 13)).toBe('redis://127.0.0.1:6379/13');
    expect(withRedisDb('redis://:pw@h:1', 2)).toBe('redis://:pw@h:1/2');
    expect(() => redisDbIndex('redis://h/1/13')).toThrow(ConfigError);
  });
});

describe('README', () => {
  it('documents exactly the variables the configuration reads', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const documented = new Set<string>();
    for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
      const firstCell = line.split('|')[1]!;
      for (const match of firstCell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) documented.add(match[1]!);
    }
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
