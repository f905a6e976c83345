// Configuration traps of the documented deployment (issue 17): a strong password broke DATABASE_URL.
import { Client } from 'pg';
import { load } from './config';

describe('database configuration', () => {
  const strong = 'a/b+c=d@e:f%g';

  it('takes the password as it is from DATABASE_PASSWORD and encodes it into the URL', () => {
    const { databaseUrl } = load({ DATABASE_URL: 'postgres://kruispunt@db:5432/kruispunt', DATABASE_PASSWORD: strong });
    const url = new URL(databaseUrl!);
    expect(decodeURIComponent(url.password)).toBe(strong);
    expect(url.username).toBe('kruispunt');
    expect(url.host).toBe('db:5432');
    expect(url.pathname).toBe('/kruispunt');
  });

  it('says what to do when the password in DATABASE_URL is not encoded', () => {
    expect(() => load({ DATABASE_URL: `postgres://kruispunt:${strong}@db:5432/kruispunt` })).toThrow(/DATABASE_URL: .*DATABASE_PASSWORD/);
  });

  it('connects to PostgreSQL with such a password', async () => {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query('DROP ROLE IF EXISTS strong_password_user');
      await admin.query(`CREATE ROLE strong_password_user LOGIN PASSWORD '${strong.replace(/'/g, "''")}'`);
      const base = new URL(process.env.DATABASE_URL!);
      base.username = 'strong_password_user';
      base.password = '';
      const { databaseUrl } = load({ DATABASE_URL: base.toString(), DATABASE_PASSWORD: strong });
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      expect((await client.query('SELECT current_user AS who')).rows[0].who).toBe('strong_password_user');
      await client.end();
      // The server really checks the password (the test database does not trust everyone).
      const wrong = new Client({ connectionString: load({ DATABASE_URL: base.toString(), DATABASE_PASSWORD: 'a/b+c=d' }).databaseUrl });
      await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
    } finally {
      await admin.query('DROP ROLE IF EXISTS strong_password_user');
      await admin.end();
    }
  });
});

describe('read replica configuration', () => {
  const primary = 'postgres://kruispunt@db:5432/kruispunt';
  const passwordOf = (url: string) => decodeURIComponent(new URL(url).password);

  it('has no replica unless DATABASE_REPLICA_URL is given (an empty value is unset)', () => {
    expect(load({ DATABASE_URL: primary }).replica).toBeNull();
    expect(load({ DATABASE_URL: primary, DATABASE_REPLICA_URL: '' }).replica).toBeNull();
  });

  it("handles the replica's password as DATABASE_URL's: its own, else DATABASE_PASSWORD, never over one in the URL", () => {
    const replica = 'postgres://kruispunt@db-replica:5432/kruispunt';
    const own = load({ DATABASE_URL: primary, DATABASE_PASSWORD: 'p/1', DATABASE_REPLICA_URL: replica, DATABASE_REPLICA_PASSWORD: 'a/b+c=d' }).replica!;
    expect(passwordOf(own.url)).toBe('a/b+c=d');
    expect(new URL(own.url).host).toBe('db-replica:5432');
    expect(own.checkMs).toBe(500);
    expect(passwordOf(load({ DATABASE_URL: primary, DATABASE_PASSWORD: 'p/1', DATABASE_REPLICA_URL: replica }).replica!.url)).toBe('p/1');
    const inUrl = 'postgres://kruispunt:in%2Furl@db-replica:5432/kruispunt';
    expect(passwordOf(load({ DATABASE_URL: primary, DATABASE_PASSWORD: 'p/1', DATABASE_REPLICA_URL: inUrl }).replica!.url)).toBe('in/url');
  });

  it('refuses a replica URL that is not one, and a replica without DATABASE_URL', () => {
    expect(() => load({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'postgres://k:a/b@db-replica/k' })).toThrow(/DATABASE_REPLICA_URL: .*DATABASE_REPLICA_PASSWORD/);
    expect(() => load({ DATABASE_REPLICA_URL: 'postgres://kruispunt@db-replica:5432/kruispunt' })).toThrow(/DATABASE_REPLICA_URL: give DATABASE_URL too/);
  });
});

describe('mail configuration', () => {
  it("takes docker-compose's empty values as unset: no SMTP server, and no catcher in production", () => {
    const empty = { SMTP_URL: '', SMTP_HOST: '', SMTP_PORT: '587', SMTP_USER: '', SMTP_PASSWORD: '', SMTP_SECURE: 'false', PUBLIC_URL: '' };
    expect(load({ ...empty, NODE_ENV: 'production' }).mail).toMatchObject({ smtp: null, catcher: null, publicUrl: null });
    expect(load({ ...empty, NODE_ENV: 'development' }).mail.catcher).toEqual({ port: 0 });
    expect(load({ NODE_ENV: 'development', MAIL_CATCHER: 'false' }).mail.catcher).toBeNull();
  });

  it('builds the SMTP settings from a URL or from parts, and never catches mail when a server is set', () => {
    expect(load({ SMTP_URL: 'smtps://u:p@mail.example.be:465' }).mail).toMatchObject({ smtp: { url: 'smtps://u:p@mail.example.be:465' }, catcher: null });
    expect(load({ SMTP_HOST: 'mail.example.be', SMTP_USER: 'kp', SMTP_PASSWORD: 'geheim', PUBLIC_URL: 'https://kruispunt.example.be/' }).mail).toMatchObject({
      smtp: { host: 'mail.example.be', port: 587, secure: false, auth: { user: 'kp', pass: 'geheim' } },
      publicUrl: 'https://kruispunt.example.be',
      catcher: null,
    });
    expect(() => load({ SMTP_PORT: '99999' })).toThrow(/SMTP_PORT/);
  });
});
