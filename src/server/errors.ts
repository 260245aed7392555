import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldError, Problem } from '../shared/errors.ts';
import { describeIssue } from './i18n/field-messages.ts';
import { errorDetail, errorTitle, type Locale, type MessageParams } from './i18n/translate.ts';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: MessageParams;
  readonly fieldErrors: FieldError[] | undefined;
  /** The one request field this error is about, so a form can show the message beside it. */
  readonly field: string | undefined;
  readonly headers: Record<string, string>;
  /** Extra members of the problem document (RFC 9457 extensions), e.g. the current version on an edit conflict. */
  readonly extensions: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    status: number,
    params: MessageParams = {},
    options: { fieldErrors?: FieldError[]; field?: string; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
  ) {
    super(code);
    this.code = code;
    this.status = status;
    this.params = params;
    this.fieldErrors = options.fieldErrors;
    this.field = options.field;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

export const notFound = (): AppError => new AppError('not_found', 404);
export const forbidden = (): AppError => new AppError('forbidden', 403);

export function problem(locale: Locale, code: ErrorCode, status: number, params: MessageParams = {}, errors?: FieldError[]): Problem {
  return {
    type: `https://relacja.app/problems/${code.replaceAll('_', '-')}`,
    title: errorTitle(locale, code),
    status,
    detail: errorDetail(locale, code, params),
    code,
    ...(errors ? { errors } : {}),
  };
}

function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

type ValidationIssue = Parameters<typeof describeIssue>[1];

function isZodIssue(value: unknown): value is ValidationIssue {
  return typeof value === 'object' && value !== null && 'code' in value && 'path' in value;
}

export function fieldErrorsFromIssues(locale: Locale, issues: readonly ValidationIssue[], prefix?: string): FieldError[] {
  return issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const described = describeIssue(locale, issue);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, ...described }));
    }
    return [{ field: base, ...described }];
  });
}

/** What the client sent at a path: Zod does not report it, yet it tells "required" from "wrong type". */
function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** fastify-type-provider-zod splits each Zod issue into keyword, instancePath and params; this puts it back together. */
function toIssue(entry: FastifySchemaValidationError, sent: unknown): unknown {
  const path = entry.instancePath.split('/').filter(Boolean);
  return { ...entry.params, code: entry.keyword, path, message: entry.message, input: valueAt(sent, path) };
}

function sentData(request: FastifyRequest, context: FastifyError['validationContext']): unknown {
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return request.body;
}

const MIB = 1024 * 1024;

/** The limit of the route that refused the body (the import takes more than the rest of the API). */
function bodyLimitOf(request: FastifyRequest): string {
  const bytes = request.routeOptions.bodyLimit ?? MIB;
  return bytes >= MIB ? `${Math.round(bytes / MIB)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function fromFastifyError(request: FastifyRequest, error: FastifyError): Problem | undefined {
  const locale = request.locale;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext === 'body' ? undefined : error.validationContext;
    const sent = sentData(request, error.validationContext);
    const issues = error.validation.map((entry) => toIssue(entry, sent)).filter(isZodIssue);
    const errors = fieldErrorsFromIssues(locale, issues, context);
    return problem(locale, 'validation_failed', 400, { count: errors.length }, errors);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(locale, 'malformed_json', 400);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(locale, 'payload_too_large', 413, { limit: bodyLimitOf(request) });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(locale, 'unsupported_media_type', 415);
    default:
      break;
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return problem(locale, 'malformed_json', 400);
  if (typeof error.statusCode === 'number' && error.statusCode === 413)
    return problem(locale, 'payload_too_large', 413, { limit: bodyLimitOf(request) });
  return undefined;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      reply.headers(error.headers);
      const detail = errorDetail(request.locale, error.code, error.params);
      const errors = error.field ? [{ field: error.field, code: error.code, message: detail }] : error.fieldErrors;
      return sendProblem(reply, { ...error.extensions, ...problem(request.locale, error.code, error.status, error.params, errors) });
    }
    const known = fromFastifyError(request, error);
    if (known) return sendProblem(reply, known);
    if (isResponseSerializationError(error))
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
    else request.log.error({ err: error }, 'unexpected error');
    const body = problem(request.locale, 'internal_error', 500, { requestId: request.id });
    return sendProblem(reply, { ...body, requestId: request.id });
  });

  app.setNotFoundHandler((request, reply) => {
    return sendProblem(reply, problem(request.locale, 'route_not_found', 404, { url: request.url.split('?')[0] ?? '' }));
  });
}
