import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AppendixImportResultType } from '../appendix/appendix.type.js';
import { acceptReportReading, readReportDocument, type DocumentArgs } from './report-reading.service.js';
import { ProposalDecisionInput, ReportDocumentFormatEnum, ReportReadingType } from './report-reading.type.js';

@Resolver()
export class ReportReadingResolver {
  @Mutation(() => ReportReadingType, {
    description:
      "Reads a commune's report (PDF with a text layer, DOCX or text, base64) and proposes every figure it holds, each with the lines it came from. Writes nothing.",
  })
  readReportDocument(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Arg('format', () => ReportDocumentFormatEnum) format: DocumentArgs['format'],
    @Arg('contentBase64', () => String) contentBase64: string,
    @Ctx() ctx: Context,
  ): Promise<ReportReadingType> {
    return readReportDocument(ctx, { orgUnitCode, programme, format, contentBase64 });
  }

  @Mutation(() => AppendixImportResultType, {
    description:
      'Writes the accepted and corrected PHỤ LỤC I rows of a report document through the same all-or-nothing import as a CSV; each figure quotes the document text it was read from.',
  })
  acceptReportReading(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('programme', () => String) programme: string,
    @Arg('format', () => ReportDocumentFormatEnum) format: DocumentArgs['format'],
    @Arg('contentBase64', () => String) contentBase64: string,
    @Arg('decisions', () => [ProposalDecisionInput]) decisions: ProposalDecisionInput[],
    @Ctx() ctx: Context,
  ): Promise<AppendixImportResultType> {
    return acceptReportReading(ctx, { orgUnitCode, programme, format, contentBase64 }, decisions);
  }
}
