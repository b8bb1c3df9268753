// The per-request context is built lazily: no EntityManager fork and no DataLoaders until a resolver asks, even after
// Apollo copies the context for the operation (Object.assign of its own properties).
import type { SqlEntityManager } from '@mikro-orm/knex';
import { describe, expect, it, vi } from 'vitest';
import { createContext, type ContextServices } from '../src/context.js';

const services = { config: { disableBatching: false }, logger: {}, secret: 's', limits: {}, cache: {} } as unknown as ContextServices;
const http = { ip: '127.0.0.1', setSessionCookie: () => undefined, clearSessionCookie: () => undefined };

describe('createContext', () => {
  it('forks the EntityManager on first use only, once, also in the copy Apollo makes of the context', () => {
    const em = { getKnex: () => ({}) } as unknown as SqlEntityManager;
    const fork = vi.fn(() => em);
    const ctx = createContext(fork, null, services, http);
    const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as object, ctx) as typeof ctx;
    expect(fork).not.toHaveBeenCalled();
    expect(copy.em).toBe(em);
    expect(copy.em).toBe(em);
    expect(fork).toHaveBeenCalledTimes(1);
    expect(copy.user).toBeNull();
    expect(copy.http.ip).toBe('127.0.0.1');
  });

  it('makes the DataLoaders on first use, once, over the forked EntityManager', () => {
    const fork = vi.fn(() => ({ getKnex: () => ({}) }) as unknown as SqlEntityManager);
    const ctx = createContext(fork, null, services, http);
    expect(fork).not.toHaveBeenCalled();
    const loaders = ctx.loaders;
    expect(typeof loaders.indicator.load).toBe('function');
    expect(ctx.loaders).toBe(loaders);
    expect(fork).toHaveBeenCalledTimes(1);
  });
});
