import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LoginDocument, RegisterDocument } from '../gql/graphql';
import { TEST_PASSWORD } from './harness';

export interface HttpResult<R> {
  status: number;
  headers: Headers;
  data?: R | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** fetch with JSON, as Apollo Client sends it; `token` becomes the Authorization header. */
export async function request<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  variables?: V,
  token?: string,
  headers: Record<string, string> = {},
): Promise<HttpResult<R>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as Omit<HttpResult<R>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** Like `request`, but fails on errors and returns the data. */
export async function run<R, V>(url: string, document: TypedDocumentNode<R, V>, variables?: V, token?: string): Promise<R> {
  const result = await request(url, document, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors (HTTP ${result.status}): ${JSON.stringify(result.errors)}`);
  return result.data as R;
}

/** Registers over HTTP (the first account of a database becomes ADMIN) and returns its session. */
export async function register(url: string, username: string) {
  return (await run(url, RegisterDocument, { input: { username, email: `${username}@example.com`, password: TEST_PASSWORD } })).register;
}

export async function login(url: string, username: string) {
  return (await run(url, LoginDocument, { usernameOrEmail: username, password: TEST_PASSWORD })).login;
}

/** A graphql-ws client, authenticated through connectionParams when a token is given. */
export function wsClient(url: string, token?: string, params: Record<string, string> = {}): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // Tests watch closes themselves; the default would print every refused connection.
    onNonLazyError: () => undefined,
    connectionParams: token || Object.keys(params).length ? { ...params, ...(token ? { authorization: `Bearer ${token}` } : {}) } : undefined,
  });
}

export interface UploadFile {
  name: string;
  content: string | Buffer;
  type?: string;
}

/**
 * A GraphQL multipart request, as Apollo Client's upload link sends it: `operations` with the
 * file variable null, `map` pointing it at the file part, the file, and the preflight header that
 * passes Apollo's CSRF prevention (`preflight: false` leaves it out).
 */
export async function upload<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  variables: Omit<V, 'file'>,
  file: UploadFile,
  options: { token?: string; headers?: Record<string, string>; preflight?: boolean } = {},
): Promise<HttpResult<R>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(document), variables: { ...variables, file: null } }));
  form.append('map', JSON.stringify({ 1: ['variables.file'] }));
  form.append('1', new Blob([file.content], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...(options.preflight === false ? {} : { 'apollo-require-preflight': 'true' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: form,
  });
  const body = (await response.json()) as Omit<HttpResult<R>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}
