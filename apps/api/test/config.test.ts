import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to an SQLite file under data/, port 4000, demo mode off and the installation\'s own secret', () => {
    const config = loadConfig({});
    expect(config.database.dialect).toBe('sqlite');
    expect(config.database.url).toMatch(/data\/cchc\.sqlite$/);
    expect(config.port).toBe(4000);
    expect(config.demoMode).toBe(false);
    expect(config.jwtSecret).toBeNull();
  });

  it('turns demo mode on only when asked, and never in production', () => {
    expect(loadConfig({ DEMO_MODE: '1' }).demoMode).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', DEMO_MODE: 'true' }).demoMode).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demoMode).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_MODE: '1' })).toThrow(/DEMO_MODE/);
  });

  it('refuses weak secrets: short, repetitive, or the development secret the code once carried', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET.*at least 32/);
    expect(() => loadConfig({ JWT_SECRET: 'x'.repeat(64) })).toThrow(/JWT_SECRET.*different characters/);
    expect(() => loadConfig({ JWT_SECRET: 'cchc-development-secret-not-for-production-use' })).toThrow(/published/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'q8Zr1vX0-kP3mWc9_tYb7LnE2sHa5JdU' }).jwtSecret).toBe('q8Zr1vX0-kP3mWc9_tYb7LnE2sHa5JdU');
  });

  it('reads the secret from JWT_SECRET_FILE, naming the variable when the file is missing', () => {
    expect(() => loadConfig({ JWT_SECRET_FILE: '/nonexistent/secret' })).toThrow(/JWT_SECRET_FILE.*ENOENT/);
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
  });
});

describe('parseDatabaseUrl', () => {
  it('reads file: as SQLite and postgres:// as PostgreSQL', () => {
    expect(parseDatabaseUrl('file:/tmp/x.sqlite')).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite', url: 'file:/tmp/x.sqlite' });
    expect(parseDatabaseUrl('postgresql://a@b/c').dialect).toBe('postgresql');
  });
});
