import { parsePeriodKey, periodLabel, periodYear } from '@cchc/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { IndicatorType } from '../indicator/indicator.type.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { SectionType } from '../report/report.type.js';
import { ObservationType, PeriodType, SourceType } from './observation.type.js';

@Resolver(() => ObservationType)
export class ObservationResolver {
  @FieldResolver(() => PeriodType)
  period(@Root() o: ObservationType): PeriodType {
    const period = parsePeriodKey(o.periodKey);
    return {
      key: o.periodKey,
      kind: period.kind,
      label: periodLabel(period, 'vi'),
      labelEn: periodLabel(period, 'en'),
      year: periodYear(period),
    };
  }

  @FieldResolver(() => SourceType, { nullable: true })
  source(@Root() o: ObservationType): SourceType | null {
    if (o.sourceQuote === null && o.sourceSectionId === null) return null;
    return { quote: o.sourceQuote ?? '', table: o.sourceTable, row: o.sourceRow, sectionId: o.sourceSectionId };
  }

  @FieldResolver(() => IndicatorType)
  async indicator(@Root() o: ObservationType, @Ctx() ctx: Context): Promise<IndicatorType> {
    return (await ctx.loaders.indicator.load(o.indicatorCode))!;
  }

  @FieldResolver(() => OrgUnitType, { nullable: true })
  orgUnit(@Root() o: ObservationType, @Ctx() ctx: Context): Promise<OrgUnitType | null> {
    return ctx.loaders.orgUnit.load(o.orgUnitCode);
  }
}

@Resolver(() => SourceType)
export class SourceResolver {
  @FieldResolver(() => SectionType, { nullable: true })
  section(@Root() s: SourceType, @Ctx() ctx: Context): Promise<SectionType | null> | null {
    return s.sectionId === null ? null : ctx.loaders.section.load(s.sectionId);
  }
}
