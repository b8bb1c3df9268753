// The GraphQL schema, built from the resolvers. `pnpm --filter @cchc/api schema` writes it to schema.graphql.
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
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

/**
 * A field that is a plain property of its object (every field without a `@FieldResolver`: the API declares no
 * middleware, auth checker or renamed field) is left without a resolver, as type-graphql's `simpleResolvers` does, so
 * that graphql-jit reads the property inline. type-graphql's default wraps each such field in a function that builds
 * a resolver-data object and runs an empty middleware chain — per field of every row: 2,300 points × 6 fields in W3.
 * An object type that declares `simpleResolvers` itself keeps its choice.
 */
function plainFieldsWithoutResolvers(): void {
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
}

export function createSchema(): Promise<GraphQLSchema> {
  built ??= (plainFieldsWithoutResolvers(), buildSchema({ resolvers: RESOLVERS, validate: false }));
  return built;
}

/** The schema as committed in schema.graphql: sorted, so the file changes only when the API does. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
