// Query limits (graphql-armor). Sized so that the deepest walk the web app and analysts need — report → sections
// (three levels) → indicators → components → indicator → observations → source → section — and a page of 100
// indicators with their observations pass, while runaway queries are refused with a message naming the limit.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';

type Hook = (...args: unknown[]) => unknown;

/** A refusal thrown from a plugin hook (the token limit, while parsing) becomes HTTP 400 instead of Apollo's 500. */
function asClientError(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: error.extensions['code'] ?? 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

function wrapHooks<T extends object>(hooks: T): T {
  return Object.fromEntries(
    Object.entries(hooks).map(([name, hook]) => [
      name,
      typeof hook !== 'function'
        ? hook
        : async (...args: unknown[]) => {
            try {
              return await (hook as Hook).apply(hooks, args);
            } catch (error) {
              throw asClientError(error);
            }
          },
    ]),
  ) as T;
}

function withClientErrors(plugin: ApolloServerPlugin): ApolloServerPlugin {
  const start = plugin.requestDidStart?.bind(plugin);
  if (!start) return plugin;
  // graphql-armor's own unexpectedErrorProcessingRequest re-throws every unexpected error as a validation error
  // (HTTP 500); ours turns only the limits' GraphQLErrors into 400s and leaves real failures to Apollo.
  const { unexpectedErrorProcessingRequest: _armors, ...rest } = plugin;
  return {
    ...rest,
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof GraphQLError) throw asClientError(error);
    },
    async requestDidStart(context) {
      const listener = await start(context);
      return listener ? wrapHooks(listener) : listener;
    },
  };
}

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
  return {
    plugins: (protection.plugins as unknown as ApolloServerPlugin[]).map(withClientErrors),
    validationRules: protection.validationRules,
  };
}
