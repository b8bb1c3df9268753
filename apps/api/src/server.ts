// The HTTP server: /graphql (Apollo), /healthz, and the built web app with an SPA fallback.
import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { API_ERROR_CODES } from '@cchc/domain';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { warmPasswordHashing } from './auth.js';
import type { Config } from './config.js';
import { createContext, type Context, type ContextServices } from './context.js';
import { bodyErrorHandler, readSessionToken, requestHttp, securityHeaders, securityHeaderValues, type ProxyTrust } from './security/http.js';
import { inputGuardPlugin } from './security/input-guard.js';
import { createRateLimits } from './security/rate-limits.js';
import { installationSecret } from './security/secret.js';
import { authenticate, pruneExpiredSessions } from './security/sessions.js';
import { queryLimits } from './limits.js';
import type { Logger } from './logger.js';
import { migrate, openOrm, withStartupLock, type Orm } from './orm.js';
import { createSchema } from './schema.js';
import { DataCache } from './graphql/data-cache.js';
import { jitGateway, withGraphQLErrors } from './graphql/jit.js';
import { leanFront, LeanOperations } from './graphql/lean.js';
import { webStatic } from './web-static.js';
import { answerFromCache, cacheTagOf, createHttpCache, DataVersion, httpCacheMiddleware, httpCachePlugin } from './graphql/http-cache.js';
import { ensureDemoAccounts, ensureEnglishNames, seedIfEmpty } from './modules/seed/seed.service.js';

export interface RunningServer {
  url: string;
  port: number;
  orm: Orm;
  /** The queries the lean path answers (graphql/lean.ts); tests watch it. */
  leanOperations: LeanOperations;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Called with each SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** Skip loading the Bình Thành dataset (tests that seed their own fixture). */
  seed?: boolean;
}

/** The codes that go out as they are (the one list the web app words; anything else is masked). */
const KNOWN_CODES: ReadonlySet<string> = new Set<string>(API_ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

/** Errors we raised on purpose go out as they are; anything else is logged and masked. Never a stack trace. */
function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && !formatted.path) {
      // Validation-phase errors (graphql-armor limits, unknown fields) are the client's to fix.
      return { message: formatted.message, locations: formatted.locations, extensions: { code: code ?? 'BAD_REQUEST' } };
    }
    // The error's message may quote SQL and its parameters (the request's input): the logger's serializer keeps the
    // class, a bounded message and the stack, never `sql` or `params`.
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a resolver');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** Codes of refusals that are the client's to fix: the HTTP status is 400 when nothing was executed. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * graphql-armor's token limit throws while parsing, which Apollo answers with HTTP 500: a refusal of the request
 * itself (no data) whose every error carries a client code is a 400.
 */
function clientErrorStatus(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => CLIENT_CODES.has(String(e.extensions?.['code'])))) response.http.status = 400;
        },
      };
    },
  };
}

export async function startServer(config: Config, logger: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const orm = await openOrm(config.database, { onQuery: options.onQuery });
  let secret: string;
  try {
    // Several API processes may start together on one database (issue 5): one at a time migrates and seeds.
    secret = await withStartupLock(config.database, async () => {
      await migrate(orm);
      if (options.seed !== false && !(await seedIfEmpty(orm, logger))) await ensureEnglishNames(orm, logger);
      if (config.demoMode) await ensureDemoAccounts(orm, logger);
      await pruneExpiredSessions(orm.em.fork());
      return installationSecret(config.jwtSecret, config.database, orm.em.fork());
    });
  } catch (err) {
    await orm.close(true);
    throw err;
  }
  await warmPasswordHashing();
  const limits = createRateLimits(config);

  const app = express();
  app.disable('x-powered-by');
  // Answers are tagged by data version (graphql/http-cache.ts), not by hashing each body after the work is done.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  const queryLimitRules = queryLimits();
  const dataVersion = new DataVersion(async () => {
    const rows = await orm.em.fork().getConnection().execute<{ version: string | number }[]>('select version from data_version where id = 1');
    return String(rows[0]?.version ?? 0);
  });
  const httpCache = createHttpCache(dataVersion, readSessionToken);
  const services: ContextServices = { config, logger, secret, limits, cache: new DataCache(dataVersion) };
  // A reader's revalidation (304) and an anonymous answer kept by ETag are sent before Express: no router, helmet
  // (its headers are set from values computed once), body parser or context.
  const headers = securityHeaderValues();
  const fromCache = answerFromCache(httpCache, headers);
  // Its request handler is set below, once the lean path and Express are ready (before it listens).
  const httpServer = http.createServer();
  // Queries Apollo accepted once, answered next time before its pipeline (graphql/lean.ts).
  const leanOperations = new LeanOperations();
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(await createSchema(), leanOperations),
    introspection: true,
    // main.ts owns shutdown (Apollo's own handler would re-raise the signal before the database is closed).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: queryLimitRules.validationRules,
    formatError: formatError(logger),
    plugins: [
      ...queryLimitRules.plugins,
      inputGuardPlugin<Context>(),
      clientErrorStatus(),
      httpCachePlugin<Context>(dataVersion, (ctx) => ctx.httpCache),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads Apollo Sandbox from the internet; the web app ships GraphiQL instead.
      ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<Context>,
      // The API sets no cache hints and reports to no Apollo service; the default cache-control plugin's
      // willResolveField ran on every resolved field (17% of a W3 request's CPU in docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<Context>,
      ApolloServerPluginUsageReportingDisabled() as ApolloServerPlugin<Context>,
      ApolloServerPluginInlineTraceDisabled() as ApolloServerPlugin<Context>,
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok', database: config.database.dialect });
    } catch (err) {
      logger.error({ err }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const trust = app.get('trust proxy fn') as ProxyTrust;
  const requestContext = async (req: IncomingMessage, res: ServerResponse): Promise<Context> => {
    const fork = () => orm.em.fork() as Context['em'];
    // Identity is read from the database once per request: role, org units, disabled, the session still open.
    // A request without a credential reads no session.
    const token = readSessionToken(req);
    const em = token ? fork() : null;
    const user = token ? await authenticate(em!, secret, token) : null;
    const context = createContext(em ? () => em : fork, user, services, requestHttp(req, res, config, trust));
    context.httpCache = cacheTagOf(req);
    return context;
  };
  const handedOver = new WeakMap<IncomingMessage, Context>();
  // Queries Apollo accepted once are answered next time before Express and Apollo's pipeline (graphql/lean.ts).
  const lean = leanFront<Context>({
    operations: leanOperations,
    context: requestContext,
    convertErrors: withGraphQLErrors,
    handOver: handedOver,
    headers,
  });
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => fromCache(req, res, () => lean(req, res, () => void app(req, res))));

  app.use(
    '/graphql',
    // A report document upload (10 MB, as 14 MB of base64) is the largest legitimate body. A body the lean path read
    // is left as it set it (the parser skips a request already read).
    express.json({ limit: '15mb' }),
    bodyErrorHandler(),
    httpCacheMiddleware(httpCache),
    // A request the lean path ran but whose result has errors comes with its context (and result) already made.
    expressMiddleware(apollo, { context: async ({ req, res }) => handedOver.get(req) ?? requestContext(req, res) }),
  );

  if (config.webDist) {
    const web = webStatic(config.webDist, { dataVersion, logger, graphqlUrl: () => `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql` });
    app.use(web.files);
    app.use(web.spaFallback);
  }
  app.use(bodyErrorHandler());

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info({ url, database: config.database.dialect, demoMode: config.demoMode, webDist: config.webDist }, 'CCHC API listening');

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    orm,
    leanOperations,
    close() {
      closing ??= (async () => {
        await apollo.stop();
        await limits.close();
        await orm.close(true);
      })();
      return closing;
    },
  };
}
