import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// GraphiQL, React and their styles come from node_modules and are served by the API itself:
// the explorer works on machines without internet access.

const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

const INIT = `
const endpoint = new URL('/graphql', location.href).href;
const fetcher = GraphiQL.createFetcher({ url: endpoint, subscriptionUrl: endpoint.replace(/^http/, 'ws') });
const defaultQuery = \`# Welcome to ticketgraph.
# 1. Run SignIn (or register: the first account becomes ADMIN).
# 2. Put {"Authorization": "Bearer <accessToken>"} in Headers below; GraphiQL keeps it.
# 3. Run LatestTickets.
mutation SignIn {
  login(usernameOrEmail: "admin", password: "your password") { accessToken expiresAt user { username role } }
}

query LatestTickets {
  tickets(first: 5) {
    totalCount
    edges { node { key subject status priority category createdAt } }
  }
}
\`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true }),
);
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>ticketgraph · GraphiQL</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/init.js"></script>
</body>
</html>
`;

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

const SOURCES: Record<string, { type: string; load: () => Buffer }> = {
  '/graphql': { type: 'text/html; charset=utf-8', load: () => Buffer.from(PAGE) },
  '/graphiql/init.js': { type: 'text/javascript; charset=utf-8', load: () => Buffer.from(INIT) },
  '/graphiql/react.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => readFileSync(path.join(packageDir('react'), 'umd/react.production.min.js')),
  },
  '/graphiql/react-dom.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => readFileSync(path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js')),
  },
  '/graphiql/graphiql.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => readFileSync(path.join(packageDir('graphiql'), 'graphiql.min.js')),
  },
  '/graphiql/graphiql.css': {
    type: 'text/css; charset=utf-8',
    load: () => readFileSync(path.join(packageDir('graphiql'), 'graphiql.min.css')),
  },
};

const cache = new Map<string, Asset>();

function asset(pathname: string): Asset | undefined {
  const source = SOURCES[pathname];
  if (!source) return undefined;
  let found = cache.get(pathname);
  if (!found) {
    const body = source.load();
    found = { type: source.type, body, gzipped: gzipSync(body), etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    cache.set(pathname, found);
  }
  return found;
}

/** A browser asking for HTML at /graphql gets the explorer; API clients never send that Accept header. */
export function wantsGraphiQL(req: IncomingMessage, url: URL): boolean {
  return (
    req.method === 'GET' &&
    url.pathname === '/graphql' &&
    !url.searchParams.has('query') &&
    (req.headers.accept ?? '').includes('text/html')
  );
}

export function isGraphiQLAsset(pathname: string): boolean {
  return pathname.startsWith('/graphiql/') && pathname in SOURCES;
}

export function serveGraphiQL(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const found = asset(pathname)!;
  res.setHeader('Content-Type', found.type);
  res.setHeader('ETag', found.etag);
  res.setHeader('Cache-Control', pathname === '/graphql' ? 'no-cache' : 'public, max-age=3600');
  res.setHeader('Vary', 'Accept, Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (pathname === '/graphql') {
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; connect-src 'self' ws: wss:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:",
    );
  }
  if (req.headers['if-none-match'] === found.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = (req.headers['accept-encoding'] ?? '').includes('gzip');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.end(gzip ? found.gzipped : found.body);
}
