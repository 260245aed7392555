import type { z } from 'zod';
import { type Problem, ProblemSchema } from '../../shared/errors.ts';
import { i18n } from '../i18n/index.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  /** The whole problem document, with members some problems add (e.g. `current` of an edit conflict). */
  readonly body: unknown;

  constructor(status: number, problem: Problem | undefined, fallback: string, body?: unknown) {
    super(problem?.detail ?? fallback);
    this.status = status;
    this.problem = problem;
    this.body = body;
  }

  /** Reads a member that a specific problem adds, with that problem's own schema. */
  extension<S extends z.ZodType>(schema: S): z.output<S> | undefined {
    const parsed = schema.safeParse(this.body);
    return parsed.success ? parsed.data : undefined;
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

async function readProblem(response: Response): Promise<{ problem: Problem | undefined; body: unknown }> {
  try {
    const body: unknown = await response.json();
    const parsed = ProblemSchema.safeParse(body);
    return { problem: parsed.success ? parsed.data : undefined, body };
  } catch {
    return { problem: undefined, body: undefined };
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
  if (!response.ok) {
    const { problem, body } = await readProblem(response);
    throw new ApiError(response.status, problem, response.statusText, body);
  }
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
