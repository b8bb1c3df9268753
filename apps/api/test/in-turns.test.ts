// Work done in turns of the event loop (graphql/batch.ts inTurns): a large answer built a piece per turn lets what
// else arrived run between its pieces.
import { describe, expect, it } from 'vitest';
import { inTurns } from '../src/graphql/batch.js';

describe('inTurns', () => {
  it('runs each piece in a turn of its own, in order, with what was queued meanwhile running between them', async () => {
    const order: string[] = [];
    const settled = inTurns([
      () => {
        order.push('first');
        // Another request's work, arriving while the first piece runs.
        setImmediate(() => order.push('other'));
        return 1;
      },
      () => {
        order.push('second');
        return 2;
      },
      () => {
        order.push('third');
        return 3;
      },
    ]);
    // Nothing runs in the caller's own turn.
    expect(order).toEqual([]);
    expect(await Promise.all(settled)).toEqual([1, 2, 3]);
    expect(order).toEqual(['first', 'other', 'second', 'third']);
  });

  it("settles a piece that throws as rejected, and the pieces after it still run", async () => {
    const [a, b, c] = inTurns<number>([
      () => 1,
      () => {
        throw new Error('unknown indicator');
      },
      () => 3,
    ]);
    await expect(a).resolves.toBe(1);
    await expect(b).rejects.toThrow('unknown indicator');
    await expect(c).resolves.toBe(3);
  });
});
