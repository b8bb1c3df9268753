// Query limits (graphql-armor). Sized so that the deepest walk the web app and analysts need — report → sections
// (three levels) → indicators → components → indicator → observations → source → section — and a page of 100
// indicators with their observations pass, while runaway queries are refused with a message naming the limit.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';

export const QUERY_LIMITS = {
  maxDepth: 15,
  maxCost: 200_000,
  maxAliases: 20,
  maxDirectives: 30,
  maxTokens: 5000,
} as const;

export function queryLimits(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: true, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  // graphql-armor types its plugins against its own copy of @apollo/server's types.
  return { plugins: protection.plugins as unknown as ApolloServerPlugin[], validationRules: protection.validationRules };
}
