import type { z } from 'zod';
import { type Problem, ProblemSchema } from '../../shared/errors.ts';
import { i18n } from '../i18n/index.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, fallback: string) {
    super(problem?.detail ?? fallback);
    this.status = status;
    this.problem = problem;
  }

  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((e) => e.field === field)?.message;
  }
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = ProblemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function apiRequest(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, 'network');
  }
  if (!response.ok) throw new ApiError(response.status, await readProblem(response), response.statusText);
  return response;
}

/** Fetches JSON and parses it with the shared schema, so the browser sees exactly the API's types. */
export async function api<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const response = await apiRequest(path, options);
  return schema.parse(await response.json());
}

export async function apiVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await apiRequest(path, options);
}

export function queryString(params: Record<string, string | number | boolean | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
