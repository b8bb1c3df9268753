// Reading a commune's report document: upload → proposals (nothing written) → the reviewer's decisions → the same
// all-or-nothing PHỤ LỤC I import as a CSV file, for the commune and programme chosen. The accepted rows are written
// as the CSV the template describes and imported through `importAppendix` (permissions, validation, the transaction
// and whatever locks that path enforces apply unchanged); each figure quotes the document's text it was read from.
import { exportAppendix } from '@cchc/appendix-io';
import { periodEndYear, periodKey, periodYear, type Observation, type Period } from '@cchc/domain';
import { ReportReadError, readReportFile, type DocumentFormat, type ReadLimits } from '@cchc/report-reader';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { parseArgs } from '../../validation.js';
import { importAppendix } from '../appendix/appendix.service.js';
import type { AppendixImportResultType } from '../appendix/appendix.type.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';
import { assertMayPlan } from '../targets/target.permissions.js';
import { ObservationEntity } from '../observation/observation.entity.js';
import type { ProposalDecisionInput, ReportReadingType, SeriesPointDecisionInput } from './report-reading.type.js';

/**
 * A commune's report is a few dozen pages and well under a megabyte as text; 10 MB of file (13.4 MB of base64, under
 * the server's 16 MB request limit) and 200 pages leave room for scans of signatures and stamps.
 */
export const READ_LIMITS: ReadLimits = { maxBytes: 10 * 1024 * 1024, maxPages: 200, maxChars: 2_000_000 };
const MAX_BASE64_LENGTH = Math.ceil((READ_LIMITS.maxBytes * 4) / 3) + 4;

export interface DocumentArgs {
  orgUnitCode: string;
  programme: string;
  format: DocumentFormat;
  contentBase64: string;
}

const DocumentSchema = z.object({
  orgUnitCode: z.string().min(1).max(64),
  programme: z.string().min(1).max(20),
  format: z.enum(['PDF', 'DOCX', 'TEXT']),
  contentBase64: z
    .string()
    .min(1)
    .max(MAX_BASE64_LENGTH, `is larger than ${READ_LIMITS.maxBytes} bytes`)
    .regex(/^[A-Za-z0-9+/=\s_-]*$/, 'is not base64 text'),
});

const DecisionsSchema = z
  .array(
    z.object({
      code: z.string().min(1).max(32),
      decision: z.enum(['ACCEPT', 'CORRECT', 'REJECT']),
      raw: z.string().max(200).nullish(),
      note: z.string().max(500).nullish(),
    }),
  )
  .max(1000);

const SeriesPointsSchema = z
  .array(z.object({ indicatorCode: z.string().min(1).max(64), year: z.number().int().min(1900).max(2200), raw: z.string().max(50) }))
  .max(1000);

async function read(ctx: Context, args: DocumentArgs) {
  const input = parseArgs(DocumentSchema, args);
  assertMayPlan(ctx.user, input.orgUnitCode);
  if (!(await ctx.loaders.orgUnit.load(input.orgUnitCode))) throw notFound('ORG_UNIT', input.orgUnitCode);
  if (!(await ctx.loaders.programme.load(input.programme))) throw notFound('PROGRAMME', input.programme);
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  if (bytes.length === 0) throw badInput('contentBase64 decodes to an empty file', 'contentBase64', { reason: 'EMPTY_FILE' });
  const template = await loadIndicatorDefs(ctx.em);
  try {
    return { input, template, reading: await readReportFile(bytes, input.format, template, READ_LIMITS) };
  } catch (error) {
    if (error instanceof ReportReadError) {
      // The web words the reason in the reader's language from the code and its parameters.
      throw badInput(`The document cannot be read: ${error.message}`, 'contentBase64', {
        reason: error.code,
        params: error.params,
      });
    }
    throw error;
  }
}

export async function readReportDocument(ctx: Context, args: DocumentArgs): Promise<ReportReadingType> {
  const { reading } = await read(ctx, args);
  return reading;
}

export async function acceptReportReading(
  ctx: Context,
  args: DocumentArgs,
  decisionArgs: ProposalDecisionInput[],
  seriesArgs: SeriesPointDecisionInput[] = [],
): Promise<AppendixImportResultType> {
  const decisions = parseArgs(DecisionsSchema, decisionArgs, ['decisions']);
  const seriesPoints = parseArgs(SeriesPointsSchema, seriesArgs, ['seriesPoints']);
  // The document is read again on the server: what is written and quoted is what the document says, not what a
  // client claims it says.
  const { input, template, reading } = await read(ctx, args);
  const proposals = new Map(reading.appendix.map((p) => [p.code, p]));
  const seen = new Set<string>();
  decisions.forEach((d, index) => {
    if (!proposals.has(d.code)) throw badInput(`row ${d.code} was not proposed from this document`, `decisions.${index}.code`, { reason: 'NOT_PROPOSED', params: { key: d.code } });
    if (seen.has(d.code)) throw badInput(`row ${d.code} has two decisions`, `decisions.${index}.code`, { reason: 'DECIDED_TWICE', params: { key: d.code } });
    if (d.decision === 'CORRECT' && (d.raw === undefined || d.raw === null)) {
      throw badInput(`row ${d.code}: a correction needs the value as it should read`, `decisions.${index}.raw`, { reason: 'CORRECTION_NEEDS_VALUE', params: { key: d.code } });
    }
    seen.add(d.code);
  });

  // A series point is written only as the document states it, and only on an indicator the graph holds.
  const known = new Set(template.map((i) => i.code));
  const points = seriesPoints.map((wanted, index) => {
    const proposal = reading.series.find(
      (p) => p.indicatorCode === wanted.indicatorCode && p.year === wanted.year && p.raw === wanted.raw && p.readable,
    );
    if (!proposal || !known.has(wanted.indicatorCode)) {
      throw badInput(`${wanted.indicatorCode} ${wanted.year} "${wanted.raw}" was not proposed from this document`, `seriesPoints.${index}`, {
        reason: 'NOT_PROPOSED',
        params: { key: `${wanted.indicatorCode} ${wanted.year}` },
      });
    }
    return proposal;
  });
  const distinct = [...new Map(points.map((p) => [`${p.indicatorCode}|${p.year}|${p.raw}`, p])).values()];

  const observations: Observation[] = decisions.flatMap((d): Observation[] => {
    if (d.decision === 'REJECT') return [];
    const proposal = proposals.get(d.code)!;
    const corrected = d.decision === 'CORRECT';
    return [
      {
        indicatorCode: d.code,
        orgUnitCode: input.orgUnitCode,
        period: { kind: 'SPAN', fromYear: 0, toYear: 0 },
        value: null,
        raw: corrected ? d.raw! : proposal.raw,
        note: corrected && d.note !== undefined ? (d.note ?? null) : proposal.note,
        source: { sectionId: '', quote: proposal.source.text },
      },
    ];
  });
  const taken = new Set(observations.map((o) => o.indicatorCode));
  const csv = await exportAppendix({ indicators: template, observations }, 'csv');
  const rows = template.filter((i) => i.origin === 'APPENDIX').sort((a, b) => a.order - b.order);
  const result = await importAppendix(
    ctx,
    { orgUnitCode: input.orgUnitCode, programme: input.programme, format: 'CSV', contentBase64: Buffer.from(csv).toString('base64') },
    {
      quoteFor: (code) => {
        const proposal = proposals.get(code);
        if (proposal && taken.has(code)) return proposal.source.text;
        return `Not taken from the ${input.format} document (rejected or not found there)`;
      },
      alsoWrite: async (em, reportId) => {
        // Each accepted (indicator, year) replaces what the report held for that year: the document's statements.
        for (const key of new Set(distinct.map((p) => `${p.indicatorCode}|${p.year}`))) {
          const [indicatorCode, year] = key.split('|');
          await em.nativeDelete(ObservationEntity, {
            orgUnitCode: input.orgUnitCode,
            reportId,
            indicatorCode: indicatorCode!,
            periodKey: periodKey({ kind: 'YEAR', year: Number(year) }),
          });
        }
        for (const point of distinct) {
          const period: Period = { kind: 'YEAR', year: point.year };
          em.create(ObservationEntity, {
            indicatorCode: point.indicatorCode!,
            orgUnitCode: input.orgUnitCode,
            periodKey: periodKey(period),
            periodKind: period.kind,
            year: periodYear(period),
            endYear: periodEndYear(period),
            value: point.value,
            raw: point.raw,
            rankOf: point.rankOf,
            note: null,
            sourceSectionId: null,
            sourceTable: null,
            sourceRow: null,
            sourceQuote: point.source.text,
            synthetic: false,
            reportId,
          });
        }
        await em.flush();
        return distinct.length;
      },
    },
  );
  // The CSV is the server's own: name the template row, not a line of a file the reviewer never saw.
  const named = (problem: AppendixImportResultType['problems'][number]) => {
    const code = rows[problem.rowNumber - 2]?.code;
    return code && !problem.reason.includes(code) ? { ...problem, reason: `${code}: ${problem.reason}` } : problem;
  };
  return { ...result, problems: result.problems.map(named), warnings: result.warnings.map(named) };
}
