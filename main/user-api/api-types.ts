// What a user management API route sees of a request and gives back. Routes are plain functions over
// services; authentication, scopes, errors, answers and the Activity log row live in user-api-handler.ts.
import type { IncomingMessage } from 'node:http';
import type { Actor } from '../services/context';
import type { Services } from '../services/services';
import type { FieldChanges } from '../../preload/contract';

export interface ApiRequest {
  /** The resource id from the path, if any (percent-decoded). */
  id: string | null;
  query: URLSearchParams;
  raw: IncomingMessage;
  services: Services;
  /** The token's label: who the directory's audit rows name. */
  actor: Actor;
  /** What the Activity log records, filled in by the route as it learns it. */
  log: ApiLog;
}

export interface ApiLog {
  resourceId?: string | null;
  userName?: string | null;
  changes?: FieldChanges | null;
}

export interface ApiAnswer {
  status: number;
  body?: unknown;
  /** A body already serialized (the OpenAPI document, a page of employees); wins over `body`. */
  json?: string;
  headers?: Record<string, string>;
}

export type ApiRoute = (request: ApiRequest) => ApiAnswer | Promise<ApiAnswer>;

/** Where the user management API is served, on the gateway's listener beside the SCIM base path. */
export const API_BASE_PATH = '/api/v1';
