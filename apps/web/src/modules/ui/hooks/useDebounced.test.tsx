import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebounced } from './useDebounced';

describe('useDebounced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives a value only once it has stayed the same for the delay: text typed half-way is never given', () => {
    const { result, rerender } = renderHook(({ value }) => useDebounced(value, 250), { initialProps: { value: '' } });
    const seen: string[] = [result.current];
    for (const typed of ['b', 'bi', 'binh', 'binh t', 'binh thanh']) {
      rerender({ value: typed });
      act(() => vi.advanceTimersByTime(100));
      seen.push(result.current);
    }
    expect(seen.every((v) => v === '')).toBe(true);
    act(() => vi.advanceTimersByTime(149));
    expect(result.current).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe('binh thanh');
  });
});
