import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AppendixFormatEnum } from '../../graphql/enums.js';
import { AppendixFileType, AppendixImportResultType, AppendixImportType } from './appendix.type.js';
import { exportAppendix, importAppendix, lastAppendixImport } from './appendix.service.js';

@Resolver()
export class AppendixResolver {
  @Query(() => AppendixFileType, {
    description: "The org unit's filled-in PHỤ LỤC I for a programme in the province's template (CSV or XLSX).",
  })
  exportAppendix(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Arg('format', () => AppendixFormatEnum) format: 'CSV' | 'XLSX',
    @Arg('blank', () => Boolean, { nullable: true, description: 'The empty template to fill in, instead of the figures held.' })
    blank: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<AppendixFileType> {
    return exportAppendix(ctx, orgUnitCode, programme, format, blank ?? false);
  }

  @Query(() => AppendixImportType, {
    nullable: true,
    description: 'The latest committed PHỤ LỤC I import into the org unit for the programme (only `year`’s file when given).',
  })
  lastAppendixImport(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<AppendixImportType | null> {
    return lastAppendixImport(ctx, orgUnitCode, programme, year ?? null);
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
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      description: 'Read and compare with the figures held, write nothing: `changes` previews what a commit would do.',
    })
    dryRun: boolean | null,
    @Arg('fileName', () => String, { nullable: true, description: 'The uploaded file’s name, recorded with the import.' })
    fileName: string | null,
    @Ctx() ctx: Context,
  ): Promise<AppendixImportResultType> {
    return importAppendix(ctx, { orgUnitCode, programme, format, contentBase64, year, dryRun, fileName });
  }
}
