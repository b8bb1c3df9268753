// GraphiQL bundled into the app (no CDN: the users' network has no internet). Loaded only on the explorer route.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { authorizationHeader } from '../../auth/utils/authToken';

export interface GraphiQLPaneProps {
  initialQuery: string;
  initialVariables: string;
  onEditQuery: (query: string) => void;
  onEditVariables: (variables: string) => void;
  onResult: (result: unknown) => void;
}

export default function GraphiQLPane({ initialQuery, initialVariables, onEditQuery, onEditVariables, onResult }: GraphiQLPaneProps) {
  const fetcher = async (params: unknown) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authorizationHeader() },
      body: JSON.stringify(params),
    });
    const result: unknown = await response.json();
    // Introspection runs through the same fetcher; only the user's own operations feed the CSV download.
    if (!JSON.stringify(params).includes('IntrospectionQuery')) onResult(result);
    return result as Record<string, unknown>;
  };
  return (
    <div className="graphiql-wrap">
      <GraphiQL
        fetcher={fetcher}
        initialQuery={initialQuery}
        initialVariables={initialVariables}
        onEditQuery={onEditQuery}
        onEditVariables={onEditVariables}
      />
    </div>
  );
}
