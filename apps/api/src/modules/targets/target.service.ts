// Targets: reads with their status, and the edits planners make, each under an optimistic lock and written to the
// target's history in the same transaction.
import {
  COMPARATORS,
  TARGET_LIMITS,
  targetProblems,
  targetProgress,
  type ProgrammeYears,
  type TargetFields,
  type TargetProgress,
} from '@cchc/domain';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { appError, badInput, notFound } from '../../errors.js';
import { rows } from '../../graphql/rows.js';
import { HISTORY_COLUMNS, TARGET_COLUMNS, toChange, toTarget } from './target.rows.js';
import { parseArgs } from '../../validation.js';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { OrgUnitEntity } from '../org-unit/org-unit.entity.js';
import { ProgrammeEntity } from '../report/programme.entity.js';
import { TargetEntity, TargetHistoryEntity, TargetMilestoneEntity } from './target.entity.js';
import type { CreateTargetInput, UpdateTargetInput } from './target.input.js';
import { assertMayPlan } from './target.permissions.js';
import { approvedYearsOf } from '../cycle/approved-years.js';
import { guardPlanEdit, planOf } from '../cycle/submission.service.js';
import type { TargetStatusDetailType, TargetType } from './target.type.js';

// Shapes only: the field rules (lengths, 0–100 %, baseline, milestones) are the domain's `targetProblems`, which the
// web form runs too.
const YearValueSchema = z.object({ year: z.number().int(), value: z.number() });
const comparator = z.enum(COMPARATORS);
const code = z.string().max(TARGET_LIMITS.indicatorCode);

const CreateSchema = z.object({
  orgUnitCode: code.min(1),
  programme: z.string().min(1).max(20),
  indicatorCode: code,
  code: code.min(1).nullish(),
  text: z.string().trim(),
  comparator,
  value: z.number(),
  unit: z.string().trim(),
  baseline: YearValueSchema.nullish(),
  owner: z.string().trim().nullish(),
  milestones: z.array(YearValueSchema).max(TARGET_LIMITS.milestones).nullish(),
});

const UpdateSchema = z.object({
  text: z.string().trim().nullish(),
  comparator: comparator.nullish(),
  value: z.number().nullish(),
  unit: z.string().trim().nullish(),
  indicatorCode: code.nullish(),
  baseline: YearValueSchema.nullish(),
  owner: z.string().trim().nullish(),
  milestones: z.array(YearValueSchema).max(TARGET_LIMITS.milestones).nullish(),
});

type TargetValues = Omit<TargetFields, 'baselineYear' | 'baselineValue'> & { baseline: { year: number; value: number } | null | undefined };

/** Refuses a target whose fields break a domain rule, every problem listed (field, code, parameters). */
function refuseProblems(target: TargetValues, programme: ProgrammeYears): void {
  const fields = { ...target, baselineYear: target.baseline?.year ?? null, baselineValue: target.baseline?.value ?? null };
  const problems = targetProblems(fields, programme).map((p) => ({ ...p, field: `input.${p.field}` }));
  const first = problems[0];
  if (!first) return;
  throw badInput(`${first.field}: ${first.code}${first.params ? ` ${JSON.stringify(first.params)}` : ''}`, first.field, { problems, reason: 'INVALID_TARGET', params: { count: problems.length } });
}

async function programmeOf(em: SqlEntityManager, code: string): Promise<ProgrammeYears> {
  const found = await rows(em, em.getKnex()('programme').select({ startYear: 'start_year', endYear: 'end_year' }).where('code', code));
  const p = found[0];
  if (!p) throw notFound('PROGRAMME', code);
  return { startYear: Number(p['startYear']), endYear: Number(p['endYear']) };
}

async function exists(em: SqlEntityManager, table: string, code: string): Promise<boolean> {
  return (await rows(em, em.getKnex()(table).select('code').where('code', code))).length > 0;
}

export async function loadTarget(em: SqlEntityManager, id: number): Promise<TargetType | null> {
  const found = await rows(em, em.getKnex()('target').select(TARGET_COLUMNS).where('id', id));
  return found[0] ? toTarget(found[0]) : null;
}

async function milestonesOf(em: SqlEntityManager, id: number) {
  const found = await rows(em, em.getKnex()('target_milestone').select('year', 'value').where('target_id', id).orderBy('year'));
  return found.map((r) => ({ year: Number(r['year']), value: Number(r['value']) }));
}

export async function listTargets(ctx: Context, orgUnitCode: string, programme: string): Promise<TargetType[]> {
  const q = ctx.em.getKnex()('target').select(TARGET_COLUMNS).where({ org_unit_code: orgUnitCode, programme_code: programme }).orderBy('id');
  return (await rows(ctx.em, q)).map(toTarget);
}

/** The target indicator's yearly figures of the programme's years, each marked approved or not. */
export async function programmeActuals(ctx: Context, target: TargetType): Promise<{ year: number; value: number; approved: boolean }[]> {
  const [observations, programme, approved] = await Promise.all([
    ctx.loaders.observations.load({ indicatorCode: target.indicatorCode, orgUnitCode: target.orgUnitCode, from: null, to: null }),
    ctx.loaders.programme.load(target.programme),
    approvedYearsOf(ctx, target.orgUnitCode),
  ]);
  const from = programme?.startYear ?? 0;
  return observations
    .filter((o) => o.periodKind === 'YEAR' && o.year !== null && o.value !== null && o.year >= from)
    .map((o) => ({ year: o.year!, value: o.value!, approved: approved.has(o.year!) }))
    .sort((a, b) => a.year - b.year);
}

export async function progressOf(ctx: Context, target: TargetType): Promise<TargetProgress> {
  const [indicator, milestones, observations, programme, approved] = await Promise.all([
    ctx.loaders.indicator.load(target.indicatorCode),
    ctx.loaders.milestones.load(target.id),
    ctx.loaders.observations.load({ indicatorCode: target.indicatorCode, orgUnitCode: target.orgUnitCode, from: null, to: null }),
    ctx.loaders.programme.load(target.programme),
    approvedYearsOf(ctx, target.orgUnitCode),
  ]);
  const actuals = observations
    .filter((o) => o.periodKind === 'YEAR' && o.year !== null && o.value !== null)
    .map((o) => ({ year: o.year!, value: o.value!, approved: approved.has(o.year!) }));
  return targetProgress({
    comparator: target.comparator,
    targetValue: target.value,
    targetYear: programme?.endYear ?? Math.max(...milestones.map((m) => m.year), target.baseline?.year ?? 0),
    baseline: target.baseline,
    milestones: milestones.map(({ year, value }) => ({ year, value })),
    actuals,
    direction: indicator?.direction ?? 'NEUTRAL',
    fromYear: programme?.startYear ?? (target.baseline ? target.baseline.year + 1 : 0),
  });
}

export async function statusOf(ctx: Context, target: TargetType): Promise<TargetStatusDetailType> {
  return (await progressOf(ctx, target)).approved;
}

type HistoryEntry = { field: string; before: unknown; after: unknown };

function recordHistory(em: SqlEntityManager, targetId: number, version: number, by: { id: number; email: string }, entries: HistoryEntry[]) {
  const at = new Date();
  for (const e of entries) {
    em.create(TargetHistoryEntity, {
      targetId,
      at,
      byUserId: by.id,
      by: by.email,
      field: e.field,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      version,
    });
  }
}

/** Who saved a target's current version and when (the history rows that version wrote); null for none recorded. */
export async function lastSavedOf(em: SqlEntityManager, id: number, version: number): Promise<{ by: string; at: Date } | null> {
  const found = await rows(
    em,
    em
      .getKnex()('target_history as h')
      .leftJoin('app_user as u', 'u.id', 'h.by_user_id')
      .select(HISTORY_COLUMNS)
      .where({ 'h.target_id': id, 'h.version': version })
      .orderBy('h.id', 'desc')
      .limit(1),
  );
  if (!found[0]) return null;
  const change = toChange(found[0]);
  return { by: change.byName ?? change.by, at: change.at };
}

/**
 * The CONFLICT a stale save gets: the whole target as saved now — every editable field, its milestones, its version,
 * who saved it and when — so the editor can merge without fetching it again.
 */
async function conflict(em: SqlEntityManager, current: TargetType | null, expectedVersion: number, id: number) {
  if (!current) return notFound('TARGET', String(id));
  const [milestones, saved] = await Promise.all([milestonesOf(em, id), lastSavedOf(em, id, current.version)]);
  return appError(
    'CONFLICT',
    `Target ${id} was changed by someone else: you edited version ${expectedVersion}, it is now at version ${current.version}. Reload and apply your change again.`,
    {
      currentVersion: current.version,
      currentTarget: {
        id: String(current.id),
        version: current.version,
        code: current.code,
        text: current.text,
        comparator: current.comparator,
        value: current.value,
        unit: current.unit,
        indicatorCode: current.indicatorCode,
        baseline: current.baseline,
        owner: current.owner,
        milestones,
        savedBy: saved?.by ?? null,
        savedAt: saved?.at.toISOString() ?? null,
      },
      reason: 'VERSION_CONFLICT',
      params: { expectedVersion, currentVersion: current.version },
    },
  );
}

export async function createTarget(ctx: Context, raw: CreateTargetInput): Promise<TargetType> {
  const input = parseArgs(CreateSchema, raw, ['input']);
  const user = assertMayPlan(ctx.user, input.orgUnitCode);
  const em = ctx.em.fork();
  const programme = await programmeOf(em, input.programme);
  refuseProblems({ ...input, baseline: input.baseline, owner: input.owner ?? null, milestones: input.milestones ?? [] }, programme);
  if (!(await exists(em, 'org_unit', input.orgUnitCode))) throw notFound('ORG_UNIT', input.orgUnitCode);
  if (!(await exists(em, 'indicator', input.indicatorCode))) throw notFound('INDICATOR', input.indicatorCode);
  const plan = await planOf(ctx, input.orgUnitCode, input.programme);
  const id = await em.transactional(async (tem) => {
    await guardPlanEdit(ctx, tem, plan, `create: ${input.text.slice(0, 80)}`);
    const target = tem.create(TargetEntity, {
      version: 1,
      code: input.code ?? null,
      text: input.text,
      comparator: input.comparator,
      value: input.value,
      unit: input.unit,
      indicator: tem.getReference(IndicatorEntity, input.indicatorCode),
      orgUnit: tem.getReference(OrgUnitEntity, input.orgUnitCode),
      programme: tem.getReference(ProgrammeEntity, input.programme),
      baselineYear: input.baseline?.year ?? null,
      baselineValue: input.baseline?.value ?? null,
      owner: input.owner ?? null,
    });
    await tem.flush();
    for (const m of input.milestones ?? []) tem.create(TargetMilestoneEntity, { target, year: m.year, value: m.value });
    const after = {
      text: input.text,
      comparator: input.comparator,
      value: input.value,
      unit: input.unit,
      indicatorCode: input.indicatorCode,
      baseline: input.baseline ?? null,
      owner: input.owner ?? null,
      milestones: input.milestones ?? [],
    };
    recordHistory(tem, target.id, 1, user, Object.entries(after).map(([field, value]) => ({ field, before: undefined, after: value })));
    await tem.flush();
    return target.id;
  });
  return (await loadTarget(em, id))!;
}

/**
 * Applies a change under the optimistic lock: the version is compared and bumped by one conditional UPDATE, so when
 * several writers race on one version exactly one row update succeeds and every other writer gets CONFLICT.
 */
async function lockedChange(
  ctx: Context,
  id: number,
  expectedVersion: number,
  change: (tem: SqlEntityManager, current: TargetType) => Promise<{ fields: Record<string, unknown>; history: HistoryEntry[] }>,
): Promise<TargetType> {
  const em = ctx.em.fork();
  const current = await loadTarget(em, id);
  if (!current) throw notFound('TARGET', String(id));
  const user = assertMayPlan(ctx.user, current.orgUnitCode);
  if (current.version !== expectedVersion) throw await conflict(em, current, expectedVersion, id);
  const plan = await planOf(ctx, current.orgUnitCode, current.programme);
  await em.transactional(async (tem) => {
    await guardPlanEdit(ctx, tem, plan, `target ${id}`);
    const { fields, history } = await change(tem, current);
    const updated = await tem.nativeUpdate(TargetEntity, { id, version: expectedVersion }, { ...fields, version: expectedVersion + 1 });
    if (updated !== 1) throw await conflict(tem, await loadTarget(tem, id), expectedVersion, id);
    recordHistory(tem, id, expectedVersion + 1, user, history);
    await tem.flush();
  });
  return (await loadTarget(em, id))!;
}

export async function updateTarget(ctx: Context, id: number, expectedVersion: number, raw: UpdateTargetInput): Promise<TargetType> {
  const input = parseArgs(UpdateSchema, raw, ['input']);
  return lockedChange(ctx, id, expectedVersion, async (tem, current) => {
    const fields: Record<string, unknown> = {};
    const history: HistoryEntry[] = [];
    const set = (field: string, column: string, before: unknown, after: unknown) => {
      if (JSON.stringify(before) === JSON.stringify(after)) return;
      fields[column] = after;
      history.push({ field, before, after });
    };
    if (input.text != null) set('text', 'text', current.text, input.text);
    if (input.comparator != null) set('comparator', 'comparator', current.comparator, input.comparator);
    if (input.value != null) set('value', 'value', current.value, input.value);
    if (input.unit != null) set('unit', 'unit', current.unit, input.unit);
    if (input.owner !== undefined) set('owner', 'owner', current.owner, input.owner);
    if (input.indicatorCode != null && input.indicatorCode !== current.indicatorCode) {
      if (!(await exists(tem, 'indicator', input.indicatorCode))) throw notFound('INDICATOR', input.indicatorCode);
      fields['indicator'] = input.indicatorCode;
      history.push({ field: 'indicatorCode', before: current.indicatorCode, after: input.indicatorCode });
    }
    if (input.baseline !== undefined && JSON.stringify(input.baseline) !== JSON.stringify(current.baseline)) {
      fields['baselineYear'] = input.baseline?.year ?? null;
      fields['baselineValue'] = input.baseline?.value ?? null;
      history.push({ field: 'baseline', before: current.baseline, after: input.baseline ?? null });
    }
    const next: TargetValues = {
      text: input.text ?? current.text,
      comparator: input.comparator ?? current.comparator,
      value: input.value ?? current.value,
      unit: input.unit ?? current.unit,
      indicatorCode: input.indicatorCode ?? current.indicatorCode,
      baseline: input.baseline === undefined ? current.baseline : input.baseline,
      owner: input.owner === undefined ? current.owner : input.owner,
      milestones: input.milestones ?? (await milestonesOf(tem, id)),
    };
    refuseProblems(next, await programmeOf(tem, current.programme));
    if (input.milestones != null) {
      // Fields and milestones in one save: one version, one history entry per changed field.
      const before = await milestonesOf(tem, id);
      const after = [...input.milestones].sort((a, b) => a.year - b.year);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await tem.nativeDelete(TargetMilestoneEntity, { target: id });
        for (const m of after) tem.create(TargetMilestoneEntity, { target: id, year: m.year, value: m.value });
        history.push({ field: 'milestones', before, after });
      }
    }
    return { fields, history };
  });
}

export async function deleteTarget(ctx: Context, id: number, expectedVersion: number): Promise<TargetType> {
  const em = ctx.em.fork();
  const current = await loadTarget(em, id);
  if (!current) throw notFound('TARGET', String(id));
  const user = assertMayPlan(ctx.user, current.orgUnitCode);
  if (current.version !== expectedVersion) throw await conflict(em, current, expectedVersion, id);
  const plan = await planOf(ctx, current.orgUnitCode, current.programme);
  await em.transactional(async (tem) => {
    await guardPlanEdit(ctx, tem, plan, `delete target ${id}`);
    // Bump first under the lock so a concurrent edit of the same version loses, then remove.
    const updated = await tem.nativeUpdate(TargetEntity, { id, version: expectedVersion }, { version: expectedVersion + 1 });
    if (updated !== 1) throw await conflict(tem, await loadTarget(tem, id), expectedVersion, id);
    await tem.nativeDelete(TargetMilestoneEntity, { target: id });
    await tem.nativeDelete(TargetEntity, { id });
    recordHistory(tem, id, expectedVersion + 1, user, [{ field: 'deleted', before: current, after: undefined }]);
    await tem.flush();
  });
  return { ...current, version: expectedVersion + 1 };
}
