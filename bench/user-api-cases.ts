// The user management API's rows for gateway.bench.ts: GET one employee, a search (a first name, as
// typed in a search box: about one employee in twelve matches, so a page fills early) and a merge PATCH
// that always writes (each employee's city alternates between two values, pass by pass).
import { randomInt } from 'node:crypto';
import type { EmployeeListQuery } from '../preload/employees-contract';

export const API_SEARCH_LIMIT = 20;
const SEARCHED = ['Ann', 'Bob', 'Eva', 'Grace', 'Hiro', 'Lena'];
const CITIES = ['Lyon', 'Porto'];

export interface ApiCaseInput {
  apiToken: string;
  ids: string[];
  /** Each id once per pass, in a shuffled order. */
  nextId(): { item: string; pass: number };
}

export interface ApiCase {
  name: string;
  kind: 'read' | 'write';
  request(): { method: string; path: string; body?: string; headers: Record<string, string> };
}

export function userApiCases(input: ApiCaseInput): ApiCase[] {
  const headers = { Authorization: `Bearer ${input.apiToken}` };
  return [
    {
      name: 'API GET /api/v1/employees/{id}',
      kind: 'read',
      request: () => ({ method: 'GET', path: `/api/v1/employees/${input.ids[randomInt(input.ids.length)]}`, headers }),
    },
    {
      name: 'API GET /api/v1/employees?search=<first name>',
      kind: 'read',
      request: () => ({
        method: 'GET',
        path: `/api/v1/employees?search=${SEARCHED[randomInt(SEARCHED.length)]}&limit=${API_SEARCH_LIMIT}`,
        headers,
      }),
    },
    {
      name: 'API PATCH /api/v1/employees/{id} (city)',
      kind: 'write',
      request: () => {
        const { item, pass } = input.nextId();
        const body = JSON.stringify({ city: CITIES[pass % 2] });
        return {
          method: 'PATCH',
          path: `/api/v1/employees/${item}`,
          body,
          headers: { ...headers, 'Content-Type': 'application/merge-patch+json' },
        };
      },
    },
  ];
}

/** The bare server's page body: what the search row answers. */
export const searchQuery = (search: string): EmployeeListQuery => ({
  search,
  organizationId: null,
  source: null,
  status: null,
  awaitingPlacement: false,
  scimDeleted: null,
  sort: 'userName',
  descending: false,
  limit: API_SEARCH_LIMIT,
  cursor: null,
});
