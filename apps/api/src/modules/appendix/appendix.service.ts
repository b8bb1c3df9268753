// PHỤ LỤC I import and export through @cchc/appendix-io. An import is all or nothing: every problem is listed and
// nothing is written, or the org unit's appendix figures for the programme are replaced in one transaction.
import { exportAppendix as writeAppendix, parseAppendix, type AppendixProblem } from '@cchc/appendix-io';
import { entryRows, parsePeriodKey, periodEndYear, periodKey, periodYear, type Observation, type Period } from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { rows } from '../../graphql/rows.js';
import { OBSERVATION_COLUMNS, toObservation } from '../observation/observation.rows.js';
import { parseArgs } from '../../validation.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { ObservationEntity } from '../observation/observation.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { ProgrammeEntity } from '../report/programme.entity.js';
import { ReportEntity } from '../report/report.entity.js';
import { assertMayPlan } from '../targets/target.permissions.js';
import { assertEditable, resolveKey } from '../cycle/submission.service.js';
import { writeYear } from '../cycle/year-entry.service.js';
import type { AppendixFileType, AppendixImportResultType } from './appendix.type.js';

/** The source table name the dataset gives appendix figures; import and export work on exactly these rows. */
export const APPENDIX_TABLE = 'PHỤ LỤC I';
/** 10 MB of base64 is far beyond a hundred-row appendix: larger input is a mistake, not an appendix. */
const MAX_BASE64_LENGTH = 10 * 1024 * 1024;

type Format = 'CSV' | 'XLSX';

/** Problems and warnings listed in one answer; the counts say how many there are in all. */
export const MAX_LISTED = 100;

const ImportSchema = z.object({
  orgUnitCode: z.string().min(1).max(64),
  programme: z.string().min(1).max(20),
  format: z.enum(['CSV', 'XLSX']),
  contentBase64: z
    .string()
    .min(1)
    .max(MAX_BASE64_LENGTH)
    .regex(/^[A-Za-z0-9+/=\s_-]*$/, 'is not base64 text'),
  year: z.number().int().min(1990).max(2100).nullish(),
});

/** Imports and exports are counted per user, or per address for anonymous exports. */
const limitKey = (ctx: Context) => (ctx.user ? `user:${ctx.user.id}` : `address:${ctx.http.ip}`);

async function reportOf(ctx: Context, orgUnitCode: string, programme: string) {
  const found = await rows(
    ctx.em,
    ctx.em.getKnex()('report').select('id').where({ org_unit_code: orgUnitCode, programme_code: programme }),
  );
  return found[0] ? Number(found[0]['id']) : null;
}

async function appendixObservations(ctx: Context, orgUnitCode: string, reportId: number | null) {
  if (reportId === null) return [];
  const q = ctx.em
    .getKnex()('observation')
    .select(OBSERVATION_COLUMNS)
    .where({ org_unit_code: orgUnitCode, report_id: reportId, source_table: APPENDIX_TABLE })
    .orderBy('id');
  return (await rows(ctx.em, q)).map(toObservation);
}

export async function exportAppendix(
  ctx: Context,
  orgUnitCode: string,
  programme: string,
  format: Format,
): Promise<AppendixFileType> {
  await ctx.limits.consume('export', limitKey(ctx));
  const orgUnit = await ctx.loaders.orgUnit.load(orgUnitCode);
  if (!orgUnit) throw notFound('ORG_UNIT', orgUnitCode);
  if (!(await ctx.loaders.programme.load(programme))) throw notFound('PROGRAMME', programme);
  const [indicators, stored] = await Promise.all([
    loadIndicatorDefs(ctx.em),
    appendixObservations(ctx, orgUnitCode, await reportOf(ctx, orgUnitCode, programme)),
  ]);
  const observations: Observation[] = stored.map((o) => ({
    indicatorCode: o.indicatorCode,
    orgUnitCode: o.orgUnitCode,
    period: parsePeriodKey(o.periodKey),
    value: o.value,
    raw: o.raw,
    note: o.note,
    source: { sectionId: '', quote: o.sourceQuote ?? '' },
  }));
  const bytes = await writeAppendix({ indicators, observations }, format === 'CSV' ? 'csv' : 'xlsx');
  return {
    filename: `phu-luc-i_${orgUnitCode}_${programme}.${format.toLowerCase()}`,
    mimeType: format === 'CSV' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(bytes).toString('base64'),
  };
}

/** Where an imported row was read: by default the file's row; a report document's reading passes its exact text. */
export interface ImportSource {
  quoteFor(code: string, rowNumber: number): string;
  /** More figures of the same source, written in the import's transaction (all or nothing); returns how many. */
  alsoWrite?(em: SqlEntityManager, reportId: number): Promise<number>;
}

export async function importAppendix(
  ctx: Context,
  args: { orgUnitCode: string; programme: string; format: Format; contentBase64: string; year?: number | null },
  source?: ImportSource,
): Promise<AppendixImportResultType> {
  const input = parseArgs(ImportSchema, args);
  assertMayPlan(ctx.user, input.orgUnitCode);
  await ctx.limits.consume('import', limitKey(ctx));
  if (input.year != null) return importYear(ctx, { ...input, year: input.year });
  const orgUnit = await ctx.loaders.orgUnit.load(input.orgUnitCode);
  if (!orgUnit) throw notFound('ORG_UNIT', input.orgUnitCode);
  const programme = await ctx.loaders.programme.load(input.programme);
  if (!programme) throw notFound('PROGRAMME', input.programme);
  const file = await readFile(ctx, input);
  if (file.refused) return file.refused;
  const { indicators, parsed, warnings, warningCount } = file;

  const headings = new Set(indicators.flatMap((i) => (i.parentCode !== null && !i.isComponentRow ? [i.parentCode] : [])));
  const programmeSpan: Period = { kind: 'SPAN', fromYear: programme.startYear, toYear: programme.endYear };
  const em = ctx.em.fork();
  let reportId = await reportOf(ctx, input.orgUnitCode, input.programme);
  // Keep each row's period as the report stated it (stocks are as-of a date); new rows hold for the whole programme.
  const previousPeriods = new Map(
    (await appendixObservations(ctx, input.orgUnitCode, reportId)).map((o) => [o.indicatorCode, o.periodKey]),
  );
  const format = input.format;
  let rowsWritten = 0;
  await em.transactional(async (tem) => {
    if (reportId === null) {
      const report = tem.create(ReportEntity, {
        orgUnit: tem.getReference(OrgUnitEntity, input.orgUnitCode),
        programme: tem.getReference(ProgrammeEntity, input.programme),
        title: `PHỤ LỤC I — ${orgUnit.name}, ${input.programme}`,
        header: { addressees: [], legalBases: [], signedBy: null },
      });
      await tem.flush();
      reportId = report.id;
    }
    await tem.nativeDelete(ObservationEntity, {
      orgUnitCode: input.orgUnitCode,
      reportId,
      sourceTable: APPENDIX_TABLE,
    });
    for (const row of parsed.rows) {
      // A blank heading row ("1.", "1.2.") is the template's structure, not a figure: the report states nothing there.
      if (row.raw.trim() === '' && headings.has(row.code)) continue;
      const period = previousPeriods.has(row.code) ? parsePeriodKey(previousPeriods.get(row.code)!) : programmeSpan;
      rowsWritten += 1;
      tem.create(ObservationEntity, {
        indicatorCode: row.code,
        orgUnitCode: input.orgUnitCode,
        periodKey: periodKey(period),
        periodKind: period.kind,
        year: periodYear(period),
        endYear: periodEndYear(period),
        value: row.value,
        raw: row.raw,
        rankOf: null,
        note: row.note,
        sourceSectionId: null,
        sourceTable: APPENDIX_TABLE,
        sourceRow: row.code,
        sourceQuote: source?.quoteFor(row.code, row.rowNumber) ?? `Imported ${format} file, row ${row.rowNumber}`,
        synthetic: false,
        reportId,
      });
    }
    await tem.flush();
    if (source?.alsoWrite) rowsWritten += await source.alsoWrite(tem, reportId);
  });
  return { ok: true, rowsWritten, problems: [], problemCount: 0, warnings, warningCount };
}

/**
 * Decodes and reads an uploaded PHỤ LỤC I file against the template. An answer lists at most MAX_LISTED problems
 * (and warnings), with the total: never megabytes of echoed input. `refused` is the answer for a file with problems.
 */
async function readFile(ctx: Context, input: { format: Format; contentBase64: string }) {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  if (bytes.length === 0) throw badInput('contentBase64 decodes to an empty file', 'contentBase64', { reason: 'EMPTY_FILE' });
  const indicators = await loadIndicatorDefs(ctx.em);
  const parsed = await parseAppendix(bytes, input.format === 'CSV' ? 'csv' : 'xlsx', indicators);
  const toProblem = ({ rowNumber, column, text, reason }: AppendixProblem) => ({ rowNumber, column, text, reason });
  const warnings = parsed.warnings.slice(0, MAX_LISTED).map(toProblem);
  const warningCount = parsed.warnings.length;
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, MAX_LISTED).map(toProblem);
    const refused: AppendixImportResultType = { ok: false, rowsWritten: 0, problems, problemCount: parsed.problems.length, warnings, warningCount };
    return { refused } as const;
  }
  return { refused: null, indicators, parsed, warnings, warningCount } as const;
}

/**
 * A year's PHỤ LỤC I file: read against the template like any appendix file, then written as that year's figures
 * through the year form's path (the submission's lock, one transaction, the audit log). The file is the whole year.
 */
async function importYear(
  ctx: Context,
  input: { orgUnitCode: string; programme: string; format: Format; contentBase64: string; year: number },
): Promise<AppendixImportResultType> {
  const key = await resolveKey(ctx, { kind: 'YEAR_DATA', orgUnitCode: input.orgUnitCode, year: input.year }, 'year');
  const programme = await ctx.loaders.programme.load(input.programme);
  if (!programme) throw notFound('PROGRAMME', input.programme);
  if (input.year < programme.startYear || input.year > programme.endYear) {
    throw badInput(`year: ${input.year} is outside the programme ${programme.startYear}–${programme.endYear}`, 'year', {
      reason: 'YEAR_OUTSIDE_PROGRAMME',
      params: { year: input.year, startYear: programme.startYear, endYear: programme.endYear },
    });
  }
  await assertEditable(ctx, key);
  const file = await readFile(ctx, input);
  if (file.refused) return file.refused;
  const { indicators, parsed, warnings, warningCount } = file;
  const rowsOf = new Set(entryRows(indicators).map((i) => i.code));
  const cells = parsed.rows
    .filter((row) => rowsOf.has(row.code) || row.raw.trim() !== '')
    .map((row) => ({ indicatorCode: row.code, raw: row.raw, note: row.note }));
  const result = await writeYear(ctx, key, cells, { replaceAll: true, action: 'IMPORT', comment: `${input.format}` });
  if (!result.ok) {
    const rowOf = new Map(parsed.rows.map((r) => [r.code, r.rowNumber]));
    const problems = result.problems.map((p) => ({ rowNumber: rowOf.get(p.indicatorCode) ?? 0, column: 'Số liệu', text: p.raw, reason: p.message.en }));
    return { ok: false, rowsWritten: 0, problems: problems.slice(0, MAX_LISTED), problemCount: problems.length, warnings, warningCount };
  }
  return { ok: true, rowsWritten: cells.filter((c) => c.raw.trim() !== '').length, problems: [], problemCount: 0, warnings, warningCount };
}
