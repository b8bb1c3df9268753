import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AppendixFormatEnum } from '../../graphql/enums.js';
import { AppendixFileType, AppendixImportResultType } from './appendix.type.js';
import { exportAppendix, importAppendix } from './appendix.service.js';

@Resolver()
export class AppendixResolver {
  @Query(() => AppendixFileType, {
    description: "The org unit's filled-in PHỤ LỤC I for a programme in the province's template (CSV or XLSX).",
  })
  exportAppendix(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Arg('format', () => AppendixFormatEnum) format: 'CSV' | 'XLSX',
    @Ctx() ctx: Context,
  ): Promise<AppendixFileType> {
    return exportAppendix(ctx, orgUnitCode, programme, format);
  }

  @Mutation(() => AppendixImportResultType, {
    description:
      'Replaces the org unit’s PHỤ LỤC I figures for the programme from a filled-in file (base64). All or nothing. With `year`, the file is that year’s figures: they land where the year form saves them, as a draft, refused (LOCKED) once submitted or approved.',
  })
  importAppendix(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Arg('format', () => AppendixFormatEnum) format: 'CSV' | 'XLSX',
    @Arg('contentBase64', () => String) contentBase64: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<AppendixImportResultType> {
    return importAppendix(ctx, { orgUnitCode, programme, format, contentBase64, year });
  }
}
