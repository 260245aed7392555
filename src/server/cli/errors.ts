import type { z } from 'zod';
import { AppError, fieldErrorsFromIssues } from '../errors.ts';
import { errorDetail, type Locale } from '../i18n/translate.ts';

/** A failure the operator can act on: one line of reason, optionally followed by lines of guidance. */
export class CliError extends Error {
  readonly hints: readonly string[];

  constructor(message: string, hints: readonly string[] = []) {
    super(message);
    this.hints = hints;
  }
}

function oneLine(text: string): string {
  return text.replaceAll(/\s*\n\s*/g, ' ').trim();
}

/** The message of any thrown value, without a stack; pg reports refused connections as an AggregateError with no message of its own. */
export function messageOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message && error.errors.length > 0) return messageOf(error.errors[0]);
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
    return oneLine(error.message || code || error.name);
  }
  return oneLine(String(error));
}

export function describeFailure(error: unknown, locale: Locale): string {
  if (error instanceof AppError) {
    const details = (error.fieldErrors ?? []).map((field) => `${field.field}: ${field.message}`);
    return `error: ${[errorDetail(locale, error.code, error.params), ...details].join(' ')}\n`;
  }
  if (error instanceof CliError) return `${[`error: ${error.message}`, ...error.hints].join('\n')}\n`;
  return `error: ${messageOf(error)}\n`;
}

/** Validates command-line input with the shared schema and names the offending option, e.g. `--email: Enter a valid e-mail address.` */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  flags: Readonly<Record<string, string>>,
  locale: Locale,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const reasons = fieldErrorsFromIssues(locale, parsed.error.issues).map((issue) => {
    const field = issue.field.split('.')[0] ?? issue.field;
    return `${flags[field] ?? issue.field}: ${issue.message}`;
  });
  throw new CliError(reasons.join(' '));
}
