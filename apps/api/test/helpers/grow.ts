// Grows the Bình Thành report's data for tests that check how SQL statement counts scale with it.
import { IndicatorComponentEntity, IndicatorEntity } from '../../src/modules/indicator/indicator.entity.js';
import { ObservationEntity } from '../../src/modules/observation/observation.entity.js';
import { SectionEntity, SectionIndicatorEntity } from '../../src/modules/report/section.entity.js';
import type { TestServer } from './server.js';
import { Kind, parse, visit } from 'graphql';

export const DEEP_REPORT_QUERY = `{
  report(orgUnitCode: "binh-thanh", programme: "2021-2025") {
    sections { number children { number children { number
      indicators { code components { role indicator { code observations(orgUnitCode: "binh-thanh") { raw value period { label } } } }
                   observations(orgUnitCode: "binh-thanh") { raw value period { label year } source { quote section { number } } } } }
      indicators { code components { role indicator { code observations(orgUnitCode: "binh-thanh") { raw value period { label } } } }
                   observations(orgUnitCode: "binh-thanh") { raw value period { label year } source { quote section { number } } } } }
    indicators { code observations(orgUnitCode: "binh-thanh") { raw value } } }
  }
}`;

/** Adds `n` ratio indicators with two components and yearly figures each, linked to every section of the report. */
/**
 * The most statements a batched query may take: one per field path that has a selection of its own (each such path is
 * at most one batch, whatever the number of rows). Loaders may coalesce paths into fewer statements — how many depends
 * on which database answers arrive in the same tick, so the count is bounded, not fixed.
 */
export function selectionPaths(query: string): number {
  let paths = 0;
  visit(parse(query), { [Kind.FIELD]: (field) => void (field.selectionSet && (paths += 1)) });
  return paths;
}

export async function growReport(t: TestServer, from: number, n: number): Promise<void> {
  const em = t.server.orm.em.fork();
  const sections = await em.find(SectionEntity, {});
  for (let i = from; i < from + n; i++) {
    const make = (code: string) =>
      em.create(IndicatorEntity, {
        code,
        codeAsWritten: code,
        name: `Test ${code}`,
        unit: 'Hồ sơ',
        valueType: 'COUNT',
        direction: 'HIGHER_BETTER',
        area: 'PROCEDURES',
        isComponentRow: false,
        legend: null,
        origin: 'NARRATIVE',
        order: 10_000 + i,
      });
    const ratio = make(`T.GROW.${i}`);
    const numerator = make(`T.GROW.${i}.n`);
    const denominator = make(`T.GROW.${i}.d`);
    em.create(IndicatorComponentEntity, { indicator: ratio, component: numerator, role: 'NUMERATOR', order: 0 });
    em.create(IndicatorComponentEntity, { indicator: ratio, component: denominator, role: 'DENOMINATOR', order: 1 });
    for (const section of sections) em.create(SectionIndicatorEntity, { section, indicator: ratio });
    for (const code of [ratio.code, numerator.code, denominator.code]) {
      for (const year of [2021, 2022, 2023, 2024]) {
        em.create(ObservationEntity, {
          indicatorCode: code,
          orgUnitCode: 'binh-thanh',
          periodKey: String(year),
          periodKind: 'YEAR',
          year,
          endYear: year,
          value: year,
          raw: String(year),
          sourceQuote: 'test fixture',
          sourceSectionId: sections[0]!.id,
          synthetic: true,
        });
      }
    }
  }
  await em.flush();
}
