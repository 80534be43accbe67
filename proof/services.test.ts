import { describe, expect, it } from 'vitest';
import { displayVersion, envVar, parseSupervisorLine, versionFromBinary } from './services.ts';

describe('services', () => {
  it('names the variable that carries each DSN to go test', () => {
    expect(envVar('postgres')).toBe('GOPITFALLS_POSTGRES_DSN');
    expect(envVar('mariadb')).toBe('GOPITFALLS_MARIADB_DSN');
  });

  it('reads the supervisor line, and its failure with the server log and what to install', () => {
    const ok = '{"dir":"/tmp/d","dsn":"postgres://p@127.0.0.1:5/postgres","pid":7,"service":"postgres","startMs":900,"version":"PostgreSQL 15.18 (Debian 15.18-0+deb12u1)"}';
    expect(parseSupervisorLine(ok, 'postgres')).toEqual({ name: 'postgres', dsn: 'postgres://p@127.0.0.1:5/postgres', version: 'PostgreSQL 15.18 (Debian 15.18-0+deb12u1)', pid: 7, dir: '/tmp/d', startMs: 900 });
    expect(() => parseSupervisorLine('{"service":"postgres","error":"initdb failed: could not create directory"}', 'postgres')).toThrow('postgres did not start: initdb failed: could not create directory');
    expect(() => parseSupervisorLine('', 'mariadb')).toThrow(/npm run setup.*apt-get install -y postgresql mariadb-server/);
    expect(() => parseSupervisorLine('{"dsn":"x"}', 'postgres')).toThrow('lacks dsn, version');
  });

  it('reads the installed binary\'s version the way the server reports itself', () => {
    expect(versionFromBinary('postgres', 'postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n')).toBe('PostgreSQL 15.18 (Debian 15.18-0+deb12u1)');
    expect(versionFromBinary('postgres', 'postgres (PostgreSQL) 17.2\n')).toBe('PostgreSQL 17.2');
    expect(versionFromBinary('mariadb', 'mariadbd  Ver 10.11.19-MariaDB-0+deb12u1 for debian-linux-gnu on x86_64 (Debian 12)\n')).toBe('MariaDB 10.11.19-MariaDB-0+deb12u1');
    expect(versionFromBinary('postgres', 'command not found')).toBeUndefined();
  });

  it('shortens the version for the page', () => {
    expect(displayVersion('PostgreSQL 15.18 (Debian 15.18-0+deb12u1)')).toBe('PostgreSQL 15.18 (Debian)');
    expect(displayVersion('PostgreSQL 17.2')).toBe('PostgreSQL 17.2');
    expect(displayVersion('MariaDB 10.11.19-MariaDB-0+deb12u1')).toBe('MariaDB 10.11.19 (Debian)');
    expect(displayVersion('something else')).toBe('something else');
  });
});
