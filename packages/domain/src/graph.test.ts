import { describe, expect, it } from 'vitest';
import { IndicatorGraphError, buildIndicatorGraph, computeDerived } from './graph.js';
import type { IndicatorDef } from './model.js';
import { addend, denominator, indicator, numerator, part } from './testing/indicators.js';

// 3.1 Tỷ lệ hồ sơ trực tuyến = 3.1.a (online) ÷ 3.1.b (all) × 100; 3.2 total = 3.2.a + 3.2.b; 3.3 = 3.2 ÷ 3.1.b.
function sampleDefs(): IndicatorDef[] {
  return [
    indicator('3', { name: 'Cải cách thủ tục hành chính' }),
    indicator('3.1', { parentCode: '3', valueType: 'PERCENT', unit: '%', components: [numerator('3.1.a'), denominator('3.1.b')] }),
    indicator('3.1.a', { parentCode: '3.1', isComponentRow: true }),
    indicator('3.1.b', { parentCode: '3.1', isComponentRow: true }),
    indicator('3.2', { parentCode: '3', components: [addend('3.2.a'), addend('3.2.b')] }),
    indicator('3.2.a', { parentCode: '3.2', isComponentRow: true }),
    indicator('3.2.b', { parentCode: '3.2', isComponentRow: true }),
    indicator('3.3', { parentCode: '3', valueType: 'PERCENT', components: [numerator('3.2'), denominator('3.1.b')] }),
  ];
}

function graphError(run: () => unknown): IndicatorGraphError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorGraphError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorGraphError');
}

describe('buildIndicatorGraph', () => {
  it('links parents, children, components and dependents', () => {
    const graph = buildIndicatorGraph(sampleDefs());
    expect(graph.get('3.1').name).toBe('Indicator 3.1');
    expect(graph.parent('3.1.a')?.code).toBe('3.1');
    expect(graph.parent('3')).toBeNull();
    expect(graph.children('3').map((d) => d.code)).toEqual(['3.1', '3.2', '3.3']);
    expect(graph.children('3.1.a')).toEqual([]);
    expect(graph.components('3.1')).toEqual([numerator('3.1.a'), denominator('3.1.b')]);
    expect(graph.dependents('3.1.b').map((d) => d.code)).toEqual(['3.1', '3.3']);
    expect(graph.dependents('3.2').map((d) => d.code)).toEqual(['3.3']);
    expect(graph.ancestors('3.2.a').map((d) => d.code)).toEqual(['3.2', '3']);
    expect(graph.has('9.9')).toBe(false);
  });

  it('orders components before the indicators computed from them, otherwise keeping the given order', () => {
    const order = buildIndicatorGraph(sampleDefs()).topologicalOrder();
    expect(order).toHaveLength(8);
    for (const [dependent, component] of [
      ['3.1', '3.1.a'],
      ['3.1', '3.1.b'],
      ['3.2', '3.2.a'],
      ['3.3', '3.2'],
    ] as const) {
      expect(order.indexOf(component)).toBeLessThan(order.indexOf(dependent));
    }
    expect(order).toEqual(['3', '3.1.a', '3.1.b', '3.1', '3.2.a', '3.2.b', '3.2', '3.3']);
  });

  it('throws for an unknown code asked of the graph', () => {
    expect(graphError(() => buildIndicatorGraph(sampleDefs()).get('9.9')).codes).toEqual(['9.9']);
  });

  it('rejects duplicate codes, naming them', () => {
    const error = graphError(() => buildIndicatorGraph([...sampleDefs(), indicator('3.1'), indicator('3.2')]));
    expect(error.codes).toEqual(['3.1', '3.2']);
    expect(error.message).toContain('3.1, 3.2');
  });

  it('rejects a parent that does not exist, naming both codes', () => {
    const error = graphError(() => buildIndicatorGraph([indicator('1.1', { parentCode: '1' })]));
    expect(error.codes.sort()).toEqual(['1', '1.1']);
    expect(error.message).toContain('1.1 → parent 1');
  });

  it('rejects a component that does not exist, naming both codes', () => {
    const error = graphError(() =>
      buildIndicatorGraph([indicator('7.1', { components: [numerator('7.1.a'), denominator('7.1.b')] }), indicator('7.1.a')]),
    );
    expect(error.codes.sort()).toEqual(['7.1', '7.1.b']);
  });

  it('rejects a cycle through parents, naming its members', () => {
    const error = graphError(() =>
      buildIndicatorGraph([indicator('a', { parentCode: 'c' }), indicator('b', { parentCode: 'a' }), indicator('c', { parentCode: 'b' })]),
    );
    expect(error.codes.sort()).toEqual(['a', 'b', 'c']);
    expect(error.message).toMatch(/ancestors/);
  });

  it('rejects a cycle through components, naming only its members', () => {
    const error = graphError(() =>
      buildIndicatorGraph([
        indicator('root'),
        indicator('x', { components: [addend('y'), addend('root')] }),
        indicator('y', { components: [part('x')] }),
      ]),
    );
    expect(error.codes.sort()).toEqual(['x', 'y']);
  });

  it('rejects an indicator that is its own component', () => {
    expect(graphError(() => buildIndicatorGraph([indicator('z', { components: [addend('z')] })])).codes).toEqual(['z']);
  });

  it('accepts an empty set of definitions', () => {
    expect(buildIndicatorGraph([]).topologicalOrder()).toEqual([]);
  });
});

describe('computeDerived', () => {
  const graph = buildIndicatorGraph(sampleDefs());

  it('computes a ratio as numerator ÷ denominator × 100 and a sum of addends', () => {
    const derived = computeDerived(graph, new Map([['3.1.a', 30], ['3.1.b', 120], ['3.2.a', 4], ['3.2.b', 2]]));
    expect(derived.get('3.1')).toEqual({ code: '3.1', value: 25, reason: 'OK', formula: 'RATIO' });
    expect(derived.get('3.2')).toEqual({ code: '3.2', value: 6, reason: 'OK', formula: 'SUM' });
  });

  it('feeds a derived value into the indicator computed from it', () => {
    const derived = computeDerived(graph, new Map([['3.1.b', 120], ['3.2.a', 4], ['3.2.b', 2]]));
    expect(derived.get('3.3')?.value).toBe(5);
  });

  it('falls back to the reported value of a derived component whose own components are blank', () => {
    const derived = computeDerived(graph, new Map([['3.1.b', 120], ['3.2', 60]]));
    expect(derived.get('3.2')?.reason).toBe('MISSING_COMPONENT');
    expect(derived.get('3.3')?.value).toBe(50);
  });

  it('leaves anything derived from a missing input missing, never 0', () => {
    const derived = computeDerived(graph, new Map<string, number | null>([['3.1.a', null], ['3.1.b', 120], ['3.2.a', 4]]));
    expect(derived.get('3.1')).toEqual({ code: '3.1', value: null, reason: 'MISSING_COMPONENT', formula: 'RATIO' });
    expect(derived.get('3.2')).toEqual({ code: '3.2', value: null, reason: 'MISSING_COMPONENT', formula: 'SUM' });
    expect(derived.get('3.3')).toMatchObject({ value: null, reason: 'MISSING_COMPONENT' });
  });

  it('reports a zero denominator as undefined', () => {
    const derived = computeDerived(graph, new Map([['3.1.a', 0], ['3.1.b', 0]]));
    expect(derived.get('3.1')).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
  });

  it('treats a real zero addend as zero', () => {
    const derived = computeDerived(graph, new Map([['3.2.a', 0], ['3.2.b', 0]]));
    expect(derived.get('3.2')).toMatchObject({ value: 0, reason: 'OK' });
  });

  it('has no entry for indicators without a formula or with PART components only', () => {
    const withParts = buildIndicatorGraph([
      indicator('5'),
      indicator('5.1', { components: [part('5.1.a'), part('5.1.b')] }),
      indicator('5.1.a'),
      indicator('5.1.b'),
    ]);
    const derived = computeDerived(withParts, new Map([['5.1.a', 40], ['5.1.b', 70]]));
    expect(derived.size).toBe(0);
    expect(computeDerived(graph, new Map()).has('3')).toBe(false);
  });

  it('ignores PART components beside a formula', () => {
    const g = buildIndicatorGraph([
      indicator('t', { components: [addend('a'), part('p')] }),
      indicator('a'),
      indicator('p'),
    ]);
    expect(computeDerived(g, new Map([['a', 3], ['p', 100]])).get('t')?.value).toBe(3);
  });

  it('does not derive a ratio without exactly one numerator and one denominator', () => {
    const g = buildIndicatorGraph([
      indicator('r', { components: [numerator('a'), numerator('b'), denominator('c')] }),
      indicator('s', { components: [numerator('a')] }),
      indicator('a'),
      indicator('b'),
      indicator('c'),
    ]);
    const derived = computeDerived(g, new Map([['a', 1], ['b', 1], ['c', 4]]));
    expect(derived.get('r')).toEqual({ code: 'r', value: null, reason: 'NOT_DERIVED', formula: 'RATIO' });
    expect(derived.get('s')?.reason).toBe('NOT_DERIVED');
  });
});
