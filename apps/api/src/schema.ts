// The GraphQL schema, built from the resolvers. `pnpm --filter @cchc/api schema` writes it to schema.graphql.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalysisResolver } from './modules/analysis/analysis.resolver.js';
import { FindingResolver } from './modules/analysis/finding.resolver.js';
import { ReportedRankResolver } from './modules/analysis/reported-rank.resolver.js';
import { AppendixResolver } from './modules/appendix/appendix.resolver.js';
import { IndicatorComponentResolver, IndicatorResolver } from './modules/indicator/indicator.resolver.js';
import { ObservationResolver, SourceResolver } from './modules/observation/observation.resolver.js';
import { OrgUnitResolver } from './modules/org-unit/org-unit.resolver.js';
import { ReportResolver, SectionResolver } from './modules/report/report.resolver.js';
import { ReportReadingResolver } from './modules/report-reading/report-reading.resolver.js';
import { SavedQueryResolver } from './modules/saved-query/saved-query.resolver.js';
import { TargetChangeResolver } from './modules/targets/target-change.resolver.js';
import { TargetResolver } from './modules/targets/target.resolver.js';
import { ProgrammeTaskResolver } from './modules/task/programme-task.resolver.js';
import { UserResolver } from './modules/user/user.resolver.js';
import {
  FindingCycleResolver,
  SubmissionResolver,
  TargetCycleResolver,
  TargetStatusReasonResolver,
} from './modules/cycle/cycle.resolver.js';

export const RESOLVERS = [
  OrgUnitResolver,
  ReportResolver,
  SectionResolver,
  IndicatorResolver,
  IndicatorComponentResolver,
  ObservationResolver,
  SourceResolver,
  AnalysisResolver,
  FindingResolver,
  ReportedRankResolver,
  TargetResolver,
  TargetChangeResolver,
  ProgrammeTaskResolver,
  UserResolver,
  SavedQueryResolver,
  AppendixResolver,
  SubmissionResolver,
  FindingCycleResolver,
  TargetStatusReasonResolver,
  TargetCycleResolver,
  ReportReadingResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false });
  return built;
}

/** The schema as committed in schema.graphql: sorted, so the file changes only when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
