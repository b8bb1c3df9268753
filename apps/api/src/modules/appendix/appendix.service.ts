// PHỤ LỤC I import and export through @cchc/appendix-io. An import is all or nothing: every problem is listed and
// nothing is written, or the org unit's appendix figures for the programme are replaced in one transaction.
import { exportAppendix as writeAppendix, parseAppendix, type AppendixProblem } from '@cchc/appendix-io';
import {
  entryRows,
  parsePeriodKey,
  periodEndYear,
  periodKey,
  periodYear,
  readYearEntry,
  type EntryProblem,
  type Observation,
  type Period,
} from '@cchc/domain';
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
import { assertEditable, resolveKey, yearObservations } from '../cycle/submission.service.js';
import { writeYear } from '../cycle/year-entry.service.js';
import { AppendixImportEntity } from './appendix-import.entity.js';
import { APPENDIX_IMPORT_COLUMNS, toAppendixImport } from './appendix.rows.js';
import type {
  AppendixChangeType,
  AppendixFileType,
  AppendixImportResultType,
  AppendixImportType,
  AppendixProblemType,
} from './appendix.type.js';

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
  dryRun: z.boolean().nullish(),
  fileName: z.string().max(255).nullish(),
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
  blank = false,
): Promise<AppendixFileType> {
  await ctx.limits.consume('export', limitKey(ctx));
  const orgUnit = await ctx.loaders.orgUnit.load(orgUnitCode);
  if (!orgUnit) throw notFound('ORG_UNIT', orgUnitCode);
  const years = await ctx.loaders.programme.load(programme);
  if (!years) throw notFound('PROGRAMME', programme);
  const [indicators, stored] = await Promise.all([
    loadIndicatorDefs(ctx.em),
    blank ? Promise.resolve([]) : appendixObservations(ctx, orgUnitCode, await reportOf(ctx, orgUnitCode, programme)),
  ]);
  const observations: Observation[] = stored.map((o) => ({
    indicatorCode: o.indicatorCode,
    orgUnitCode: o.orgUnitCode,
    period: parsePeriodKey(o.periodKey),
    value: o.value,
    raw: o.raw,
    note: o.note,
    source: { sectionId: '', quote: o.sourceQuote ?? '' },
    // A generated figure goes out marked in its Ghi chú, and the import refuses a row so marked.
    synthetic: o.synthetic,
  }));
  const bytes = await writeAppendix(
    { indicators, observations, blank, programme: { startYear: years.startYear, endYear: years.endYear } },
    format === 'CSV' ? 'csv' : 'xlsx',
  );
  return {
    filename: `phu-luc-i_${orgUnitCode}_${programme}${blank ? '_mau-trong' : ''}.${format.toLowerCase()}`,
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
  args: {
    orgUnitCode: string;
    programme: string;
    format: Format;
    contentBase64: string;
    year?: number | null;
    dryRun?: boolean | null;
    fileName?: string | null;
  },
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
  const file = await readFile(ctx, input, programme);
  if (file.refused) return file.refused;
  const { indicators, parsed, warnings, warningCount } = file;

  const headings = new Set(indicators.flatMap((i) => (i.parentCode !== null && !i.isComponentRow ? [i.parentCode] : [])));
  // A blank heading row ("1.", "1.2.") is the template's structure, not a figure: the report states nothing there.
  const toWrite = parsed.rows.filter((row) => !(row.raw.trim() === '' && headings.has(row.code)));
  const programmeSpan: Period = { kind: 'SPAN', fromYear: programme.startYear, toYear: programme.endYear };
  let reportId = await reportOf(ctx, input.orgUnitCode, input.programme);
  const held = await appendixObservations(ctx, input.orgUnitCode, reportId);
  const counts = countValues(toWrite);
  const changes = compare(toWrite, held, indicators);
  const answer = { ok: true, problems: [], problemCount: 0, warnings, warningCount, changes, ...counts };
  if (input.dryRun) return { ...answer, dryRun: true, rowsWritten: 0, recorded: null };

  // Keep each row's period as the report stated it (stocks are as-of a date); new rows hold for the whole programme.
  const previousPeriods = new Map(held.map((o) => [o.indicatorCode, o.periodKey]));
  const em = ctx.em.fork();
  let rowsWritten = 0;
  const recorded = await em.transactional(async (tem) => {
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
    const record = await recordImport(ctx, tem, { ...input, year: null }, counts);
    await tem.nativeDelete(ObservationEntity, {
      orgUnitCode: input.orgUnitCode,
      reportId,
      sourceTable: APPENDIX_TABLE,
    });
    for (const row of toWrite) {
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
        // A file's figure: its source is the import and the row (structured, worded by the client); a report
        // document's reading passes the document's exact text.
        sourceQuote: source?.quoteFor(row.code, row.rowNumber) ?? null,
        synthetic: false,
        reportId,
        importId: source ? null : record.id,
        importRow: source ? null : row.rowNumber,
      });
    }
    await tem.flush();
    if (source?.alsoWrite) rowsWritten += await source.alsoWrite(tem, reportId);
    return record;
  });
  return { ...answer, dryRun: false, rowsWritten, recorded };
}

/** Values written and rows left blank, counted apart: a blank is "not reported", not a figure. */
function countValues(list: { raw: string }[]): { valuesWritten: number; blanks: number } {
  const valuesWritten = list.filter((row) => row.raw.trim() !== '').length;
  return { valuesWritten, blanks: list.length - valuesWritten };
}

/** Each row of the file against the figure held now, value and note (Ghi chú); held figures the file does not carry are CLEARED. */
function compare(
  list: { code: string; raw: string; note: string | null; rowNumber: number }[],
  held: { indicatorCode: string; raw: string; note: string | null }[],
  indicators: { code: string; name: string }[],
): AppendixChangeType[] {
  const names = new Map(indicators.map((i) => [i.code, i.name]));
  const name = (code: string) => names.get(code) ?? code;
  const text = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());
  const heldRow = new Map(held.map((o) => [o.indicatorCode, { raw: text(o.raw), note: text(o.note) }]));
  const inFile = new Set(list.map((row) => row.code));
  const changes: AppendixChangeType[] = list.map((row) => {
    const oldRaw = heldRow.get(row.code)?.raw ?? null;
    const oldNote = heldRow.get(row.code)?.note ?? null;
    const newRaw = text(row.raw);
    const newNote = text(row.note);
    const kind =
      newRaw === null
        ? oldRaw === null ? 'BLANK' : 'CLEARED'
        : oldRaw === null ? 'NEW' : oldRaw === newRaw ? 'UNCHANGED' : 'CHANGED';
    return { indicatorCode: row.code, name: name(row.code), rowNumber: row.rowNumber, kind, oldRaw, newRaw, oldNote, newNote, noteChanged: oldNote !== newNote };
  });
  for (const [code, { raw: oldRaw, note: oldNote }] of heldRow) {
    if (!inFile.has(code) && (oldRaw !== null || oldNote !== null)) {
      changes.push({ indicatorCode: code, name: name(code), rowNumber: null, kind: oldRaw === null ? 'BLANK' : 'CLEARED', oldRaw, newRaw: null, oldNote, newNote: null, noteChanged: oldNote !== null });
    }
  }
  return changes;
}

/** The import's record (who, when, which file, what it wrote), in the import's transaction. */
async function recordImport(
  ctx: Context,
  tem: SqlEntityManager,
  input: { orgUnitCode: string; programme: string; format: Format; fileName?: string | null; year: number | null },
  counts: { valuesWritten: number; blanks: number },
): Promise<AppendixImportType> {
  const user = ctx.user!;
  const entity = tem.create(AppendixImportEntity, {
    orgUnitCode: input.orgUnitCode,
    programmeCode: input.programme,
    year: input.year,
    format: input.format,
    fileName: input.fileName?.trim() || null,
    importedByUserId: user.id,
    importedBy: user.email,
    importedAt: new Date(),
    ...counts,
  });
  await tem.flush();
  const { importedByUserId: _id, ...shown } = entity;
  return { ...shown };
}

/**
 * The latest committed import into a commune for a programme (any year of it, or only `year`'s file), or null.
 * Who imported is told to those who may change the commune's data; others see when and which file.
 */
export async function lastAppendixImport(
  ctx: Context,
  orgUnitCode: string,
  programme: string,
  year: number | null,
): Promise<AppendixImportType | null> {
  const q = ctx.em
    .getKnex()('appendix_import')
    .select(APPENDIX_IMPORT_COLUMNS)
    .where({ org_unit_code: orgUnitCode, programme_code: programme })
    .orderBy([{ column: 'imported_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .limit(1);
  if (year !== null) void q.where({ year });
  const found = (await rows(ctx.em, q)).map(toAppendixImport)[0] ?? null;
  if (!found) return null;
  let mayKnow = true;
  try {
    assertMayPlan(ctx.user, orgUnitCode);
  } catch {
    mayKnow = false;
  }
  return mayKnow ? found : { ...found, importedBy: null };
}

const paramsOf = (params: Record<string, string | number>) =>
  Object.entries(params).map(([name, value]) => ({ name, value: String(value) }));

const toProblem = ({ rowNumber, column, text, reason, code, params }: AppendixProblem): AppendixProblemType => ({
  rowNumber,
  column,
  text,
  reason,
  code,
  params: paramsOf(params),
});

/**
 * Decodes and reads an uploaded PHỤ LỤC I file against the template. An answer lists at most MAX_LISTED problems
 * (and warnings), with the total: never megabytes of echoed input. `refused` is the answer for a file with problems.
 */
async function readFile(
  ctx: Context,
  input: { format: Format; contentBase64: string; dryRun?: boolean | null },
  programme: { startYear: number; endYear: number },
) {
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  if (bytes.length === 0) throw badInput('contentBase64 decodes to an empty file', 'contentBase64', { reason: 'EMPTY_FILE' });
  const indicators = await loadIndicatorDefs(ctx.em);
  const parsed = await parseAppendix(bytes, input.format === 'CSV' ? 'csv' : 'xlsx', indicators, {
    programme: { startYear: programme.startYear, endYear: programme.endYear },
  });
  const warnings = parsed.warnings.slice(0, MAX_LISTED).map(toProblem);
  const warningCount = parsed.warnings.length;
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, MAX_LISTED).map(toProblem);
    const refused: AppendixImportResultType = {
      ...NOTHING_WRITTEN,
      changes: [],
      dryRun: Boolean(input.dryRun),
      problems,
      problemCount: parsed.problems.length,
      warnings,
      warningCount,
    };
    return { refused } as const;
  }
  return { refused: null, indicators, parsed, warnings, warningCount } as const;
}

const NOTHING_WRITTEN = { ok: false, rowsWritten: 0, valuesWritten: 0, blanks: 0, recorded: null } as const;

/**
 * A year's PHỤ LỤC I file: read against the template like any appendix file, then written as that year's figures
 * through the year form's path (the submission's lock, one transaction, the audit log). The file is the whole year.
 */
async function importYear(
  ctx: Context,
  input: {
    orgUnitCode: string;
    programme: string;
    format: Format;
    contentBase64: string;
    year: number;
    dryRun?: boolean | null;
    fileName?: string | null;
  },
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
  const file = await readFile(ctx, input, programme);
  if (file.refused) return file.refused;
  const { indicators, parsed, warnings, warningCount } = file;
  const rowsOf = new Set(entryRows(indicators).map((i) => i.code));
  const fileRows = parsed.rows.filter((row) => rowsOf.has(row.code) || row.raw.trim() !== '');
  const cells = fileRows.map((row) => ({ indicatorCode: row.code, raw: row.raw, note: row.note }));
  const counts = countValues(cells);
  const changes = compare(
    fileRows,
    (await yearObservations(ctx.em, input.orgUnitCode, input.year)).map((o) => ({ indicatorCode: o.indicatorCode, raw: o.raw, note: o.note })),
    indicators,
  );
  const rowOf = new Map(parsed.rows.map((r) => [r.code, r.rowNumber]));
  if (input.dryRun) {
    // The cells are read as the commit would read them, so a preview refuses what the commit would refuse.
    const { problems } = readYearEntry(indicators, input.orgUnitCode, input.year, cells);
    if (problems.length > 0) return yearRefused(problems, rowOf, warnings, warningCount, true);
    return { ok: true, dryRun: true, rowsWritten: 0, ...counts, changes, recorded: null, problems: [], problemCount: 0, warnings, warningCount };
  }
  let recorded: AppendixImportType | null = null;
  const result = await writeYear(ctx, key, cells, {
    replaceAll: true,
    action: 'IMPORT',
    comment: `${input.format}`,
    async record(tem) {
      recorded = await recordImport(ctx, tem, { ...input, year: input.year }, counts);
      return { importId: recorded.id, rowOf: (code) => rowOf.get(code) ?? null };
    },
  });
  if (!result.ok) return yearRefused(result.problems, rowOf, warnings, warningCount, false);
  return {
    ok: true,
    dryRun: false,
    rowsWritten: counts.valuesWritten,
    ...counts,
    changes,
    recorded,
    problems: [],
    problemCount: 0,
    warnings,
    warningCount,
  };
}

/** The year form's problems as an import's: a code with parameters, at the file's row. */
function yearRefused(
  entryProblems: EntryProblem[],
  rowOf: Map<string, number>,
  warnings: AppendixProblemType[],
  warningCount: number,
  dryRun: boolean,
): AppendixImportResultType {
  const problems: AppendixProblemType[] = entryProblems.map((p) => ({
    rowNumber: rowOf.get(p.indicatorCode) ?? 0,
    column: 'Số liệu',
    text: p.raw,
    reason: p.message.en,
    code: `ENTRY_${p.code}`,
    params: paramsOf({ code: p.indicatorCode }),
  }));
  return { ...NOTHING_WRITTEN, changes: [], dryRun, problems: problems.slice(0, MAX_LISTED), problemCount: problems.length, warnings, warningCount };
}
