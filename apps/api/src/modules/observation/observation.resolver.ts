import { parsePeriodKey, periodLabel, periodYear } from '@cchc/domain';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { AppendixImportType } from '../appendix/appendix.type.js';
import { IndicatorType } from '../indicator/indicator.type.js';
import { OrgUnitType } from '../org-unit/org-unit.type.js';
import { SectionType } from '../report/report.type.js';
import { ImportedSourceType, ObservationType, PeriodType, SourceType } from './observation.type.js';

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
    if (o.sourceQuote === null && o.sourceSectionId === null && o.importId === null) return null;
    return {
      quote: o.sourceQuote ?? '',
      table: o.sourceTable,
      row: o.sourceRow,
      sectionId: o.sourceSectionId,
      importId: o.importId,
      importRow: o.importRow,
    };
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

  @FieldResolver(() => ImportedSourceType, {
    nullable: true,
    description: 'For a figure imported from a PHỤ LỤC I file: which file, which row, who imported it and when.',
  })
  async imported(@Root() s: SourceType, @Ctx() ctx: Context): Promise<ImportedSourceType | null> {
    if (s.importId == null) return null;
    const found: AppendixImportType | null = await ctx.loaders.appendixImport.load(s.importId);
    if (!found) return null;
    return {
      format: found.format,
      fileName: found.fileName,
      rowNumber: s.importRow ?? null,
      year: found.year,
      importedAt: found.importedAt,
      // Who imported is for signed-in users; anonymous readers see the file and the date.
      importedBy: ctx.user ? found.importedBy : null,
    };
  }
}
