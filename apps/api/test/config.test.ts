import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to an SQLite file under data/, port 4000 and demo mode on', () => {
    const config = loadConfig({});
    expect(config.database.dialect).toBe('sqlite');
    expect(config.database.url).toMatch(/data\/cchc\.sqlite$/);
    expect(config.port).toBe(4000);
    expect(config.demoMode).toBe(true);
  });

  it('turns demo mode off in production and with PostgreSQL unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', DEMO_MODE: 'true' }).demoMode).toBe(true);
  });

  it('reads CCHC_DISABLE_BATCHING, batching on by default', () => {
    expect(loadConfig({}).disableBatching).toBe(false);
    expect(loadConfig({ CCHC_DISABLE_BATCHING: '1' }).disableBatching).toBe(true);
    expect(() => loadConfig({ CCHC_DISABLE_BATCHING: 'maybe' })).toThrow(/CCHC_DISABLE_BATCHING/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DEMO_MODE: 'perhaps' })).toThrow(/DEMO_MODE/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});

describe('parseDatabaseUrl', () => {
  it('reads file: as SQLite and postgres:// as PostgreSQL', () => {
    expect(parseDatabaseUrl('file:/tmp/x.sqlite')).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite', url: 'file:/tmp/x.sqlite' });
    expect(parseDatabaseUrl('postgresql://a@b/c').dialect).toBe('postgresql');
  });
});
