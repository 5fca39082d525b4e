import { describe, expect, it } from 'vitest';
import { config } from './config';
import { checkPostgresReachable, explainConnectionError, postgresTarget, withDatabase } from './postgres';

const target = postgresTarget('postgresql://postgres@127.0.0.1:5432/postgres');

describe('explainConnectionError: authentication (a fresh Debian cluster: scram-sha-256 on TCP, peer on sockets)', () => {
  it('a server asking for a password the URL does not give: names the variable, the URL shape and the pg_hba.conf line', () => {
    // node-postgres raises this itself, without a code.
    const error = explainConnectionError(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'), target, 'POSTGRES_ADMIN_URL');
    expect(error.name).toBe('DatabaseUnavailableError');
    expect(error.message).toContain('PostgreSQL at 127.0.0.1:5432 refused user "postgres" for database "postgres"');
    expect(error.message).toContain("give the role's password in POSTGRES_ADMIN_URL (postgresql://postgres:<password>@127.0.0.1:5432/postgres)");
    expect(error.message).toContain('"host all postgres 127.0.0.1/32 trust" above the other host lines of pg_hba.conf, then reload PostgreSQL');
  });

  it('a wrong password in DATABASE_URL: fix the password or pg_hba.conf; no trust advice for a deployment', () => {
    const withPassword = postgresTarget('postgresql://benchhub:wrong@db.internal:5432/benchhub');
    const error = explainConnectionError(Object.assign(new Error('password authentication failed for user "benchhub"'), { code: '28P01' }), withPassword);
    expect(error.message).toContain('refused user "benchhub" for database "benchhub"');
    expect(error.message).toContain('fix the password in DATABASE_URL');
    expect(error.message).toContain("admit this client in the server's pg_hba.conf");
    expect(error.message).not.toContain('trust');
    expect(error.message).not.toContain('wrong');
  });

  it('no pg_hba.conf line, or peer authentication: the same fixes', () => {
    for (const message of ['no pg_hba.conf entry for host "10.0.0.5", user "postgres", database "postgres", no encryption', 'Peer authentication failed for user "postgres"']) {
      const error = explainConnectionError(Object.assign(new Error(message), { code: '28000' }), target);
      expect(error.message).toContain(message);
      expect(error.message).toContain('give the role\'s password in DATABASE_URL');
    }
  });

  it('other errors pass through unchanged', () => {
    const original = Object.assign(new Error('syntax error'), { code: '42601' });
    expect(explainConnectionError(original, target)).toBe(original);
  });
});

describe.runIf(config().TEST_DATABASE === 'postgres')('checkPostgresReachable on the test server', () => {
  it('a role that does not exist: one line naming the role and the variable', async () => {
    const url = new URL(config().POSTGRES_ADMIN_URL);
    url.username = 'benchhub_no_such_role';
    url.password = '';
    await expect(checkPostgresReachable(url.toString(), 'POSTGRES_ADMIN_URL')).rejects.toThrow(
      /refused user "benchhub_no_such_role" .*: create the role \(createuser\) or fix the user in POSTGRES_ADMIN_URL|password/,
    );
  });

  it('a database that does not exist: the createdb command', async () => {
    await expect(checkPostgresReachable(withDatabase(config().POSTGRES_ADMIN_URL, 'benchhub_no_such_db'))).rejects.toThrow(/Database "benchhub_no_such_db" does not exist .*createdb/);
  });
});
