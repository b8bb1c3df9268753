import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { ReportType } from '../report/report.type.js';
import { NAME_SEARCH_LIMITS, type OrgLevel } from '@cchc/domain';
import { OrgLevelEnum } from '../../graphql/enums.js';
import { OrgUnitSearchType, OrgUnitType } from './org-unit.type.js';
import { findOrgUnits, searchOrgUnits } from './org-unit.repository.js';
import { IndicatorSeriesType } from './series.type.js';
import { parseArgs } from '../../validation.js';
import { badInput } from '../../errors.js';

/** A series spans at most this many years (the programmes are five years; the benchmark asks for ten). */
export const MAX_SERIES_YEARS = 50;

const SeriesArgs = z.object({
  indicatorCodes: z.array(z.string().min(1).max(64)).min(1).max(100),
  from: z.number().int().min(1900).max(2100).nullable(),
  to: z.number().int().min(1900).max(2100).nullable(),
});

const SearchArgs = z.object({
  text: z.string().max(NAME_SEARCH_LIMITS.textMax),
  first: z.number().int().min(1).max(NAME_SEARCH_LIMITS.resultsMax),
});

@Resolver(() => OrgUnitType)
export class OrgUnitResolver {
  @Query(() => OrgUnitSearchType, {
    description: `Org units of a level (communes unless told; null: every level) whose name holds the text, with or without diacritics and in any case ("binh thanh" finds "Bình Thành"): at most ${NAME_SEARCH_LIMITS.resultsMax}, names starting with it first. An empty text answers the first units in alphabetical order.`,
  })
  orgUnitSearch(
    @Arg('text', () => String) text: string,
    @Arg('level', () => OrgLevelEnum, { nullable: true, defaultValue: 'COMMUNE' }) level: OrgLevel | null,
    @Arg('first', () => Int, { defaultValue: NAME_SEARCH_LIMITS.resultsMax }) first: number,
    @Ctx() ctx: Context,
  ): Promise<OrgUnitSearchType> {
    const args = parseArgs(SearchArgs, { text, first });
    return searchOrgUnits(ctx.em, { text: args.text, level: level ?? null, limit: args.first });
  }

  @Query(() => [OrgUnitType], {
    description: 'Org units, by name; under a parent when parentCode is given; search matches name or code.',
  })
  orgUnits(
    @Arg('parentCode', () => String, { nullable: true }) parentCode: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ): Promise<OrgUnitType[]> {
    return findOrgUnits(ctx.em, { parentCode, search });
  }

  @Query(() => OrgUnitType, { nullable: true })
  orgUnit(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<OrgUnitType | null> {
    return ctx.loaders.orgUnit.load(code);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true })
  parent(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<OrgUnitType | null> | null {
    return o.parentCode ? ctx.loaders.orgUnit.load(o.parentCode) : null;
  }

  @FieldResolver(() => [OrgUnitType])
  children(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<OrgUnitType[]> {
    return ctx.loaders.orgUnitChildren.load(o.code);
  }

  @FieldResolver(() => OrgUnitType, { nullable: true, description: 'The unit that took this one over.' })
  successor(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<OrgUnitType | null> | null {
    return o.successorCode ? ctx.loaders.orgUnit.load(o.successorCode) : null;
  }

  @FieldResolver(() => [IndicatorSeriesType], {
    description: `YEAR values of each indicator, year by year with the change from the year before; at most ${MAX_SERIES_YEARS} years. Batched: one statement for every org unit of the request asking the same indicators and years, for the series not kept since the last write (none when all are).`,
  })
  series(
    @Root() o: OrgUnitType,
    @Arg('indicatorCodes', () => [String]) indicatorCodes: string[],
    @Arg('from', () => Int, { nullable: true }) from: number | null,
    @Arg('to', () => Int, { nullable: true }) to: number | null,
    @Ctx() ctx: Context,
  ): Promise<IndicatorSeriesType[]> {
    const args = parseArgs(SeriesArgs, { indicatorCodes, from: from ?? null, to: to ?? null });
    if (args.from !== null && args.to !== null) {
      if (args.from > args.to) throw badInput(`"from" (${args.from}) is after "to" (${args.to})`, 'from', { reason: 'FROM_AFTER_TO', params: { from: args.from, to: args.to } });
      if (args.to - args.from + 1 > MAX_SERIES_YEARS) {
        throw badInput(`a series spans at most ${MAX_SERIES_YEARS} years (asked ${args.to - args.from + 1})`, 'to', {
          reason: 'SERIES_TOO_LONG',
          params: { max: MAX_SERIES_YEARS, asked: args.to - args.from + 1 },
        });
      }
    }
    return ctx.loaders.series.load({ orgUnitCode: o.code, ...args });
  }

  @FieldResolver(() => [ReportType])
  reports(@Root() o: OrgUnitType, @Ctx() ctx: Context): Promise<ReportType[]> {
    return ctx.loaders.orgUnitReports.load(o.code);
  }
}
