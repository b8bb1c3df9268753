import {
  entryRows,
  findingKey,
  isEditable,
  targetUnits,
  type ExplanationKind,
  type Finding,
  type SubmissionKind,
  type TargetStatus,
} from '@cchc/domain';
import { Arg, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, forbiddenRole, unauthenticated } from '../../errors.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { listTargets, programmeActuals, progressOf } from '../targets/target.service.js';
import { TargetStatusDetailType, TargetType } from '../targets/target.type.js';
import {
  EntryCellInput,
  EntryTemplateRowType,
  ExplanationKindEnum,
  ExplanationVerdictEnum,
  FindingExplanationType,
  FindingType,
  ReviewActionEnum,
  ReviewQueueItemType,
  SubmissionEventType,
  SubmissionKeyInput,
  SubmissionKindEnum,
  SubmissionType,
  YearEntryType,
  YearSaveResultType,
  type ReviewAction,
} from './cycle.type.js';
import {
  communesReviewedBy,
  eventsOf,
  explainFinding,
  explanationsOf,
  findingsOfKey,
  lastEvents,
  loadSubmission,
  orgUnitIndex,
  resolveKey,
  reviewerUnitOf,
  reviewExplanation,
  submissionsFor,
  transition,
  transitionMany,
  virtualSubmission,
  yearObservations,
  type SubmissionKey,
  type SubmissionRow,
} from './submission.service.js';
import { saveYearData } from './year-entry.service.js';
import { loadIndicatorDefs } from '../indicator/indicator.repository.js';

const toType = (row: SubmissionRow): SubmissionType => ({ ...row, editable: isEditable(row.status) });

async function submissionOf(ctx: Context, key: SubmissionKey): Promise<SubmissionType> {
  const row = (await loadSubmission(ctx.em, key)) ?? virtualSubmission(key, await reviewerUnitOf(ctx, key));
  return toType(row);
}

const keyOf = (s: SubmissionType): SubmissionKey => ({ kind: s.kind, orgUnitCode: s.orgUnitCode, year: s.year, programme: s.programme });

const toFinding = (f: Finding): FindingType => ({ ...f, values: f.values.map((v) => ({ label: v.label, value: v.value, raw: v.raw ?? null, sectionKey: v.sectionId || null })) });

@Resolver(() => SubmissionType)
export class SubmissionResolver {
  @Query(() => SubmissionType, { description: "A commune's year of figures or plan: its status (DRAFT when nothing is saved yet)." })
  async submission(@Arg('key', () => SubmissionKeyInput) key: SubmissionKeyInput, @Ctx() ctx: Context): Promise<SubmissionType> {
    return submissionOf(ctx, await resolveKey(ctx, key));
  }

  @Query(() => YearEntryType, { description: "A commune's stored figures of one year (PHỤ LỤC I), with its submission." })
  async yearEntry(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<YearEntryType> {
    const key = await resolveKey(ctx, { kind: 'YEAR_DATA', orgUnitCode, year });
    const values = (await yearObservations(ctx.em, orgUnitCode, key.year)).map((o) => ({
      indicatorCode: o.indicatorCode,
      raw: o.raw,
      value: o.value,
      note: o.note,
    }));
    return { orgUnitCode, year: key.year, values, submission: await submissionOf(ctx, key) };
  }

  @Query(() => [ReviewQueueItemType], {
    description:
      'The communes a reviewer reviews for a year (YEAR_DATA) or a programme (PLAN), each with its status, findings, explanations and last change. Reviewers see their units only; an admin every commune, or those of reviewerUnitCode.',
  })
  async reviewQueue(
    @Arg('kind', () => SubmissionKindEnum) kind: SubmissionKind,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('programme', () => String, { nullable: true }) programme: string | null,
    @Arg('reviewerUnitCode', () => String, { nullable: true }) reviewerUnitCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReviewQueueItemType[]> {
    if (!ctx.user) throw unauthenticated();
    let units: Set<string> | null;
    if (ctx.user.role === 'REVIEWER') {
      if (reviewerUnitCode && !ctx.user.orgUnitCodes.includes(reviewerUnitCode)) throw forbidden(`You do not review for "${reviewerUnitCode}"`, { reason: 'NOT_YOUR_REVIEW_UNIT', params: { orgUnitCode: null, reviewerUnitCode } });
      units = new Set(reviewerUnitCode ? [reviewerUnitCode] : ctx.user.orgUnitCodes);
    } else if (ctx.user.role === 'ADMIN') {
      units = reviewerUnitCode ? new Set([reviewerUnitCode]) : null;
    } else {
      throw forbiddenRole(ctx.user.role, 'REVIEW', `Role ${ctx.user.role} has no review queue`);
    }
    const byCode = await orgUnitIndex(ctx.em);
    const anyCommune = [...byCode.values()].find((u) => u.level === 'COMMUNE');
    if (!anyCommune) return [];
    const probe = await resolveKey(ctx, { kind, orgUnitCode: anyCommune.code, year, programme }, 'queue');
    const communes = communesReviewedBy(byCode, units, kind, probe.year);
    const stored = await submissionsFor(ctx.em, kind, probe.year, communes.map((c) => c.unit.code));
    const ids = [...stored.values()].map((s) => s.id!);
    const [explanations, last] = await Promise.all([explanationsOf(ctx.em, ids), lastEvents(ctx.em, ids)]);
    const items: ReviewQueueItemType[] = [];
    for (const { unit, reviewerUnitCode: reviewer } of communes) {
      const key: SubmissionKey = { ...probe, orgUnitCode: unit.code };
      const row = stored.get(unit.code) ?? virtualSubmission(key, reviewer);
      const findings = row.id === null ? [] : await findingsOfKey(ctx.em, key);
      const counts = { achieved: 0, onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 };
      const targetProgramme = kind === 'PLAN' ? probe.programme : await programmeCodeOf(ctx, probe.year);
      if (targetProgramme) {
        for (const target of await listTargets(ctx, unit.code, targetProgramme)) {
          counts[COUNT_FIELD[(await progressOf(ctx, target)).approved.status]] += 1;
        }
      }
      items.push({
        submission: toType(row),
        findingsCount: findings.length,
        errorCount: findings.filter((f) => f.severity === 'ERROR').length,
        explanationsCount: explanations.filter((e) => e.submissionId === row.id).length,
        lastChange: row.id === null ? null : (last.get(row.id) ?? null),
        targetStatusCounts: counts,
      });
    }
    return items;
  }

  @Query(() => [EntryTemplateRowType], { description: 'The rows of PHỤ LỤC I in the template’s order, for the year form.' })
  async entryTemplate(@Ctx() ctx: Context): Promise<EntryTemplateRowType[]> {
    const defs = (await loadIndicatorDefs(ctx.em)).filter((d) => d.origin === 'APPENDIX').sort((a, b) => a.order - b.order);
    const figures = new Set(entryRows(defs).map((d) => d.code));
    // English names and units from the indicator module's loader (one statement for every row).
    const english = await ctx.loaders.indicator.loadMany(defs.map((d) => d.code));
    return defs.map((d, i) => {
      const found = english[i];
      const en = found && !(found instanceof Error) ? found : null;
      return { ...d, nameEn: en?.nameEn ?? null, unitEn: en?.unitEn ?? null, takesFigure: figures.has(d.code) };
    });
  }

  @Mutation(() => YearSaveResultType, {
    description:
      'Saves figures of one year as a draft, in one transaction: given rows are replaced, a blank cell removes its figure. Any unreadable cell: ok false, every problem listed, nothing written. LOCKED once submitted or approved.',
  })
  async saveYearData(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('cells', () => [EntryCellInput]) cells: EntryCellInput[],
    @Ctx() ctx: Context,
  ): Promise<YearSaveResultType> {
    const result = await saveYearData(ctx, { orgUnitCode, year, cells });
    return { ...result, submission: result.submission ? toType(result.submission) : null };
  }

  @Mutation(() => SubmissionType, {
    description: 'Submits (gửi) a draft or returned submission; ERROR findings must each be explained (EXPLANATION_REQUIRED).',
  })
  async submit(
    @Arg('key', () => SubmissionKeyInput) key: SubmissionKeyInput,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<SubmissionType> {
    return toType(await transition(ctx, await resolveKey(ctx, key), 'SUBMIT', comment));
  }

  @Mutation(() => [SubmissionType], {
    description: 'Approves, returns (comment required) or unlocks (comment required) one or several submissions: all or none.',
  })
  async review(
    @Arg('keys', () => [SubmissionKeyInput]) keys: SubmissionKeyInput[],
    @Arg('action', () => ReviewActionEnum) action: ReviewAction,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<SubmissionType[]> {
    const resolved = await Promise.all(keys.slice(0, 501).map((k, i) => resolveKey(ctx, k, `keys.${i}`)));
    return (await transitionMany(ctx, resolved, action, comment)).map(toType);
  }

  @Mutation(() => SubmissionType, { description: 'The commune explains a finding, or marks it as in the source document.' })
  async explainFinding(
    @Arg('key', () => SubmissionKeyInput) key: SubmissionKeyInput,
    @Arg('findingKey', () => String) findingKey: string,
    @Arg('kind', () => ExplanationKindEnum) kind: ExplanationKind,
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Ctx() ctx: Context,
  ): Promise<SubmissionType> {
    const resolved = await resolveKey(ctx, key);
    await explainFinding(ctx, resolved, { findingKey, kind, text });
    return submissionOf(ctx, resolved);
  }

  @Mutation(() => SubmissionType, { description: "The reviewer accepts or questions (comment required) the commune's answer." })
  async reviewExplanation(
    @Arg('key', () => SubmissionKeyInput) key: SubmissionKeyInput,
    @Arg('findingKey', () => String) findingKey: string,
    @Arg('verdict', () => ExplanationVerdictEnum) verdict: 'ACCEPTED' | 'QUESTIONED',
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<SubmissionType> {
    const resolved = await resolveKey(ctx, key);
    await reviewExplanation(ctx, resolved, { findingKey, verdict, comment });
    return submissionOf(ctx, resolved);
  }

  @FieldResolver(() => OrgUnitType)
  async orgUnit(@Root() s: SubmissionType, @Ctx() ctx: Context): Promise<OrgUnitType> {
    return (await ctx.loaders.orgUnit.load(s.orgUnitCode))!;
  }

  @FieldResolver(() => OrgUnitType, { nullable: true })
  reviewerUnit(@Root() s: SubmissionType, @Ctx() ctx: Context): Promise<OrgUnitType | null> | null {
    return s.reviewerUnitCode ? ctx.loaders.orgUnit.load(s.reviewerUnitCode) : null;
  }

  @FieldResolver(() => [SubmissionEventType], { description: 'The audit log, oldest first.' })
  events(@Root() s: SubmissionType, @Ctx() ctx: Context): Promise<SubmissionEventType[]> | SubmissionEventType[] {
    return s.id === null ? [] : eventsOf(ctx.em, s.id);
  }

  @FieldResolver(() => [FindingType], { description: 'The validation findings of what it holds, each with its explanation.' })
  async findings(@Root() s: SubmissionType, @Ctx() ctx: Context): Promise<FindingType[]> {
    return (await findingsOfKey(ctx.em, keyOf(s))).map(toFinding);
  }

  @FieldResolver(() => [FindingExplanationType])
  explanations(@Root() s: SubmissionType, @Ctx() ctx: Context): Promise<FindingExplanationType[]> | FindingExplanationType[] {
    return s.id === null ? [] : explanationsOf(ctx.em, [s.id]);
  }
}

const COUNT_FIELD: Record<TargetStatus, 'achieved' | 'onTrack' | 'atRisk' | 'offTrack' | 'noData'> = {
  ACHIEVED: 'achieved',
  ON_TRACK: 'onTrack',
  AT_RISK: 'atRisk',
  OFF_TRACK: 'offTrack',
  NO_DATA: 'noData',
};

async function programmeCodeOf(ctx: Context, year: number): Promise<string | null> {
  const found = (await ctx.em.execute(
    ctx.em.getKnex()('programme').select('code').where('start_year', '<=', year).where('end_year', '>=', year),
  )) as { code: string }[];
  return found[0]?.code ?? null;
}

/** Explanations travel with findings wherever they show (the findings query, a submission's findings). */
@Resolver(() => FindingType)
export class FindingCycleResolver {
  @FieldResolver(() => String, { description: 'A stable key (rule|indicators|period) explanations are attached to.' })
  key(@Root() f: FindingType): string {
    return findingKey(f);
  }

  @FieldResolver(() => FindingExplanationType, { nullable: true, description: "The commune's explanation, if any (year findings)." })
  async explanation(@Root() f: FindingType, @Ctx() ctx: Context): Promise<FindingExplanationType | null> {
    if (f.period === null || !/^\d{4}$/.test(f.period)) return null;
    const submission = await loadSubmission(ctx.em, { kind: 'YEAR_DATA', orgUnitCode: f.orgUnitCode, year: Number(f.period), programme: null });
    if (!submission?.id) return null;
    const key = findingKey(f);
    return (await explanationsOf(ctx.em, [submission.id])).find((e) => e.findingKey === key) ?? null;
  }
}

@ObjectType('TargetStatusReason', {
  description:
    'Why a status was reached, as a code and numbers: NO_BASELINE, NO_ACTUAL, ACHIEVED, AT_MILESTONE, PROGRESS, NO_REQUIRED_PROGRESS.',
})
export class TargetStatusReasonType {
  @Field(() => String) code!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Float, { nullable: true }) actual!: number | null;
  @Field(() => Float, { nullable: true }) milestone!: number | null;
  @Field(() => Int, { nullable: true }) baselineYear!: number | null;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true, description: 'The target value (resolved) for ACHIEVED.' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the required progress, in percent, for PROGRESS.' }) percent!: number | null;
}

@ObjectType('TargetDraftActual', { description: 'The latest figure not yet approved, shown apart with the status it would give.' })
export class TargetDraftActualType {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field(() => TargetStatusDetailType) wouldBe!: TargetStatusDetailType;
}

@Resolver(() => TargetStatusDetailType)
export class TargetStatusReasonResolver {
  @FieldResolver(() => TargetStatusReasonType)
  reason(@Root() d: TargetStatusDetailType & { reason?: Record<string, unknown> }): TargetStatusReasonType {
    const r = d.reason ?? { code: d.status === 'NO_DATA' ? 'NO_ACTUAL' : 'PROGRESS' };
    const num = (k: string) => (typeof r[k] === 'number' ? (r[k] as number) : null);
    return {
      code: String(r['code']),
      year: num('year'),
      actual: num('actual'),
      milestone: num('milestone'),
      baselineYear: num('baselineYear'),
      baseline: num('baseline'),
      target: num('target'),
      percent: num('percent'),
    };
  }
}

@ObjectType('TargetActual', { description: 'A yearly figure of the programme: approved (counts for the status) or not yet.' })
export class TargetActualType {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field(() => Boolean) approved!: boolean;
}

@Resolver(() => TargetType)
export class TargetCycleResolver {
  @FieldResolver(() => [TargetActualType], { description: "The indicator's figures of the programme's years, approved or not." })
  actuals(@Root() t: TargetType, @Ctx() ctx: Context): Promise<TargetActualType[]> {
    return programmeActuals(ctx, t);
  }

  @FieldResolver(() => TargetDraftActualType, { nullable: true, description: 'A later figure still in draft, submitted or returned.' })
  async draftActual(@Root() t: TargetType, @Ctx() ctx: Context): Promise<TargetDraftActualType | null> {
    return (await progressOf(ctx, t)).draft;
  }

  @FieldResolver(() => String, {
    description: "The unit of the baseline, milestones, actuals and resolved value: the indicator's (a staff reduction in người).",
  })
  async measureUnit(@Root() t: TargetType, @Ctx() ctx: Context): Promise<string> {
    const indicator = await ctx.loaders.indicator.load(t.indicatorCode);
    return targetUnits(t.comparator, t.unit, indicator?.unit ?? null).measure;
  }

  @FieldResolver(() => SubmissionType, { nullable: true, description: "The plan's submission (communes' targets only)." })
  async planSubmission(@Root() t: TargetType, @Ctx() ctx: Context): Promise<SubmissionType | null> {
    if ((await ctx.loaders.orgUnit.load(t.orgUnitCode))?.level !== 'COMMUNE') return null;
    return submissionOf(ctx, await resolveKey(ctx, { kind: 'PLAN', orgUnitCode: t.orgUnitCode, programme: t.programme }));
  }
}
