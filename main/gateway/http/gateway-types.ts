// What a route sees of a request and gives back. Routes are plain functions over services, so the
// HTTP plumbing (auth, body limits, logging, errors) lives in one place: gateway-handler.ts.
import type { Services } from '../../services/services';
import type { FieldChanges } from '../../../preload/contract';

export interface RouteRequest {
  method: string;
  /** The resource id from the path, if any. */
  id: string | null;
  query: URLSearchParams;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The public base URL resources are located under (the Tenant URL, else this listener). */
  baseUrl: string;
  body(): Promise<unknown>;
}

/** What the provisioning log records about the request, filled in by the route as it learns it. */
export interface RouteLog {
  resourceId?: string | null;
  userName?: string | null;
  externalId?: string | null;
  changes?: FieldChanges | null;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  /** A body already serialized as JSON (the read fast path); wins over `body`. */
  json?: string;
  headers?: Record<string, string>;
}

export type Route = (request: RouteRequest, services: Services, log: RouteLog) => Promise<RouteResponse> | RouteResponse;
