// A commune's figures of one year, entered in the browser or imported from a year's PHỤ LỤC I file: one transaction
// behind the submission's edit lock; unreadable cells are all listed and nothing is written.
import {
  periodKey,
  readYearEntry,
  YEAR_ENTRY_TABLE,
  type EntryCell,
  type EntryProblem,
  type Observation,
} from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { rows } from '../../graphql/rows.js';
import { parseArgs } from '../../validation.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { ObservationEntity } from '../observation/observation.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { ProgrammeEntity } from '../report/programme.entity.js';
import { ReportEntity } from '../report/report.entity.js';
import { assertEditable, guardEdit, resolveKey, reviewerUnitOf, type SubmissionKey, type SubmissionRow } from './submission.service.js';

/** A hundred-row template; a thousand cells is far beyond any year of it. */
export const MAX_CELLS = 1000;

const CellsSchema = z
  .array(
    z.object({
      indicatorCode: z.string().min(1).max(64),
      raw: z.string().max(1000),
      note: z.string().max(1000).nullish(),
    }),
  )
  .max(MAX_CELLS);

/** The programme a year belongs to ("2026-2030" for 2027): year figures are kept under that programme's report. */
async function programmeOfYear(em: SqlEntityManager, year: number): Promise<{ code: string } | null> {
  const found = await rows(
    em,
    em.getKnex()('programme').select('code').where('start_year', '<=', year).where('end_year', '>=', year).orderBy('start_year', 'desc'),
  );
  return found[0] ? { code: String(found[0]['code']) } : null;
}

async function reportIdFor(tem: SqlEntityManager, orgUnitCode: string, orgUnitName: string, programme: string): Promise<number> {
  const found = await rows(tem, tem.getKnex()('report').select('id').where({ org_unit_code: orgUnitCode, programme_code: programme }));
  if (found[0]) return Number(found[0]['id']);
  const report = tem.create(ReportEntity, {
    orgUnit: tem.getReference(OrgUnitEntity, orgUnitCode),
    programme: tem.getReference(ProgrammeEntity, programme),
    title: `Số liệu hằng năm — ${orgUnitName}, ${programme}`,
    header: { addressees: [], legalBases: [], signedBy: null },
  });
  await tem.flush();
  return report.id;
}

export interface YearSaveResult {
  ok: boolean;
  problems: EntryProblem[];
  submission: SubmissionRow | null;
}

/**
 * Writes the cells of one year. `replaceAll` (an imported file is the whole year) first removes every figure of the
 * year; otherwise only the given rows are replaced, and a blank cell removes its row (blank is "not reported").
 */
export async function writeYear(
  ctx: Context,
  key: SubmissionKey,
  cells: EntryCell[],
  options: {
    replaceAll: boolean;
    action: 'SAVE' | 'IMPORT';
    comment?: string;
    /** An import records itself in the transaction; its figures then point to it and to their row of the file. */
    record?: (tem: SqlEntityManager) => Promise<{ importId: number; rowOf: (code: string) => number | null }>;
  },
): Promise<YearSaveResult> {
  // Who and whether, before reading the input: a stranger learns nothing about the cells.
  await assertEditable(ctx, key);
  const orgUnit = (await ctx.loaders.orgUnit.load(key.orgUnitCode))!;
  const programme = await programmeOfYear(ctx.em, key.year);
  if (!programme) throw notFound('PROGRAMME_OF_YEAR', String(key.year));
  const indicators = await loadIndicatorDefs(ctx.em);
  const { observations, problems } = readYearEntry(indicators, key.orgUnitCode, key.year, cells);
  if (problems.length > 0) return { ok: false, problems, submission: null };

  const reviewer = await reviewerUnitOf(ctx, key);
  const em = ctx.em.fork();
  const submission = await em.transactional(async (tem) => {
    const locked = await guardEdit(ctx, tem, key, reviewer, { action: options.action, comment: options.comment ?? null });
    const reportId = await reportIdFor(tem, key.orgUnitCode, orgUnit.name, programme.code);
    const imported = options.record ? await options.record(tem) : null;
    const where = { orgUnitCode: key.orgUnitCode, sourceTable: YEAR_ENTRY_TABLE, periodKind: 'YEAR' as const, year: key.year };
    if (options.replaceAll) await tem.nativeDelete(ObservationEntity, where);
    else await tem.nativeDelete(ObservationEntity, { ...where, indicatorCode: { $in: observations.map((o) => o.indicatorCode) } });
    const stated = observations.filter((o) => o.raw !== '');
    const toStore = stated.map((o) => ({
      ...toRow(o, key.year, reportId, options.action),
      ...(imported ? { sourceQuote: null, importId: imported.importId, importRow: imported.rowOf(o.indicatorCode) } : {}),
    }));
    if (toStore.length > 0) await tem.insertMany(ObservationEntity, toStore);
    return locked;
  });
  return { ok: true, problems: [], submission };
}

function toRow(o: Observation, year: number, reportId: number, action: 'SAVE' | 'IMPORT') {
  return {
    indicatorCode: o.indicatorCode,
    orgUnitCode: o.orgUnitCode,
    periodKey: periodKey({ kind: 'YEAR', year }),
    periodKind: 'YEAR' as const,
    year,
    endYear: year,
    value: o.value,
    raw: o.raw,
    rankOf: null,
    note: o.note ?? null,
    sourceSectionId: null,
    sourceTable: YEAR_ENTRY_TABLE,
    sourceRow: o.indicatorCode,
    sourceQuote: action === 'IMPORT' ? `Nhập từ tệp Phụ lục I năm ${year}` : `Nhập trên biểu mẫu năm ${year}`,
    synthetic: false,
    reportId,
  };
}

export async function saveYearData(
  ctx: Context,
  args: { orgUnitCode: string; year: number; cells: EntryCell[] },
): Promise<YearSaveResult> {
  const key = await resolveKey(ctx, { kind: 'YEAR_DATA', orgUnitCode: args.orgUnitCode, year: args.year });
  const cells = parseArgs(CellsSchema, args.cells, ['cells']);
  return writeYear(ctx, key, cells, { replaceAll: false, action: 'SAVE' });
}
