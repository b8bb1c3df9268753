// The API's Node flags: one list (src/node-flags.ts) that the package's scripts carry and this Node accepts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_NODE_FLAGS, missingNodeFlags } from '../src/node-flags.js';

const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the Node flags the API runs with', () => {
  it('are what the package starts the API with (start, and dev after its build)', () => {
    const command = `node ${API_NODE_FLAGS.join(' ')} dist/main.js`;
    expect(scripts.start).toBe(command);
    expect(scripts.dev).toBe(`tsc -p tsconfig.build.json && ${command}`);
  });

  it('are accepted by this Node on its command line, where an unknown one is refused', () => {
    const run = (flags: readonly string[]) => spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ran")'], { encoding: 'utf8' });
    const accepted = run(API_NODE_FLAGS);
    expect(accepted.stderr).toBe('');
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toBe('ran');
    const refused = run(['--no-such-node-flag-for-cchc']);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout).toBe('');
  });

  it('names the ones a process was started without', () => {
    expect(missingNodeFlags([])).toEqual([...API_NODE_FLAGS]);
    expect(missingNodeFlags(['--enable-source-maps', ...API_NODE_FLAGS])).toEqual([]);
    expect(missingNodeFlags(API_NODE_FLAGS.slice(1))).toEqual(API_NODE_FLAGS.slice(0, 1));
  });
});
