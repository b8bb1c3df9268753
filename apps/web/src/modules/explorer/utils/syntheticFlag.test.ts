// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withSyntheticFlags } from './syntheticFlag';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../../../../api/schema.graphql', import.meta.url)), 'utf8'));
const same = (a: string, b: string) => expect(print(parse(a))).toBe(print(parse(b)));

describe('withSyntheticFlags', () => {
  it('asks for synthetic beside every figure of a type that carries it: observations, comparison cells, ranking entries', () => {
    same(
      withSyntheticFlags(
        `query($c: String!) {
          indicator(code: $c) { name observations(orgUnitCode: "binh-thanh") { period { year } value raw } }
          compare(indicatorCodes: [$c], orgUnitCodes: ["binh-thanh"], years: [2024]) { orgUnitCode value change { trend } }
          ranking(indicatorCode: $c, year: 2024) { ...Entry }
        }
        fragment Entry on RankingEntry { orgUnitCode raw }`,
        schema,
      ),
      `query($c: String!) {
          indicator(code: $c) { name observations(orgUnitCode: "binh-thanh") { period { year } value raw synthetic } }
          compare(indicatorCodes: [$c], orgUnitCodes: ["binh-thanh"], years: [2024]) { orgUnitCode value change { trend } synthetic }
          ranking(indicatorCode: $c, year: 2024) { ...Entry }
        }
        fragment Entry on RankingEntry { orgUnitCode raw synthetic }`,
    );
  });

  it('leaves a query alone that selects no figure, already has synthetic, or does not parse', () => {
    const noFigure = '{ ranking(indicatorCode: "N.PAR.SCORE", year: 2024) { orgUnitCode rank } }';
    expect(withSyntheticFlags(noFigure, schema)).toBe(noFigure);
    const flagged = '{ ranking(indicatorCode: "N.PAR.SCORE", year: 2024) { value isGenerated: synthetic } }';
    expect(withSyntheticFlags(flagged, schema)).toBe(flagged);
    expect(withSyntheticFlags('{ ranking(', schema)).toBe('{ ranking(');
    // A type without the flag (a target's value) has nothing to add.
    const target = '{ targets(orgUnitCode: "binh-thanh") { value } }';
    expect(withSyntheticFlags(target, schema)).toBe(target);
  });

  it('does not take the name of an alias the reader gave another field', () => {
    const aliased = '{ ranking(indicatorCode: "N.PAR.SCORE", year: 2024) { value synthetic: raw } }';
    expect(withSyntheticFlags(aliased, schema)).toBe(aliased);
  });
});
