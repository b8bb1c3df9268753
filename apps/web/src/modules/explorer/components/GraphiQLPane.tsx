// GraphiQL bundled into the app (no CDN: the users' network has no internet). Loaded only on the explorer route.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { DocsIcon, pick, useGraphiQL } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { csrfHeader } from '../../auth/utils/session';
import { withSyntheticFlags } from '../utils/syntheticFlag';
import apiSchemaText from '../../../../../api/schema.graphql?raw';

/**
 * The API's schema as committed (the codegen drift test keeps it the server's), bundled with the explorer so every
 * query is sent with `synthetic` beside its figures from the first run on, without waiting for an introspection.
 */
const API_SCHEMA = buildSchema(apiSchemaText);

export interface GraphiQLPaneProps {
  initialQuery: string;
  initialVariables: string;
  onEditQuery: (query: string) => void;
  onEditVariables: (variables: string) => void;
  onResult: (result: unknown) => void;
  /** Shown in the bar above the editor, beside the schema-docs button (the downloads). */
  children?: ReactNode;
}

/**
 * GraphiQL's own docs button is an icon in its sidebar; this one says what it opens. It lives inside GraphiQL's
 * provider (GraphiQL renders its unknown children there) to know whether the docs are open, and presses the sidebar's
 * button, which both picks the docs and opens their resizable pane (GraphiQL keeps the pane's size to itself).
 */
function PaneBar({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { referencePlugin, visiblePlugin } = useGraphiQL(pick('referencePlugin', 'visiblePlugin'));
  const docsOpen = Boolean(referencePlugin && visiblePlugin === referencePlugin);
  const toggleDocs = (event: React.MouseEvent<HTMLButtonElement>) => {
    // The reference plugin (the docs) is the sidebar's first plugin button.
    event.currentTarget.closest('.graphiql-wrap')?.querySelector<HTMLButtonElement>('.graphiql-sidebar button[data-index="0"]')?.click();
  };
  return (
    <div className="explorer-pane-bar">
      {referencePlugin && (
        <button
          type="button"
          className="button button-small button-quiet"
          aria-pressed={docsOpen}
          onClick={toggleDocs}
        >
          <DocsIcon aria-hidden="true" width={16} height={16} /> {t('explorer.docs')}
        </button>
      )}
      {children}
    </div>
  );
}

export default function GraphiQLPane({ initialQuery, initialVariables, onEditQuery, onEditVariables, onResult, children }: GraphiQLPaneProps) {
  const post = async (body: unknown) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...csrfHeader() },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const fetcher = async (params: { query?: string } & Record<string, unknown>) => {
    // Introspection (GraphiQL's own) runs through the same fetcher; only the user's own operations feed the downloads.
    if (JSON.stringify(params).includes('IntrospectionQuery')) return post(params);
    const result = await post(typeof params.query === 'string' ? { ...params, query: withSyntheticFlags(params.query, API_SCHEMA) } : params);
    onResult(result);
    return result;
  };
  return (
    <div className="graphiql-wrap">
      <GraphiQL
        fetcher={fetcher}
        initialQuery={initialQuery}
        initialVariables={initialVariables}
        onEditQuery={onEditQuery}
        onEditVariables={onEditVariables}
        forcedTheme="light"
      >
        <PaneBar>{children}</PaneBar>
      </GraphiQL>
    </div>
  );
}
