import {
  type ImportLineError,
  PRACTICE_FORMAT,
  type PracticeContent,
  type PracticeV1,
  PracticeV1Schema,
} from '../../shared/practices.schema.ts';
import { toIso } from '../db/dialect.ts';
import { fieldErrorsFromIssues } from '../errors.ts';
import { render } from '../i18n/field-messages.ts';
import type { Locale } from '../i18n/translate.ts';
import type { PracticeRow } from './practices.repository.ts';
import { toContent } from './practices.repository.ts';

/** One practice read from a file, valid (`value`) or not (`errors`), with where it starts. */
export interface ParsedEntry {
  line: number;
  id: string | null;
  title: string | null;
  value: PracticeV1 | undefined;
  errors: ImportLineError[];
}

export interface ParsedFile {
  fileErrors: ImportLineError[];
  entries: ParsedEntry[];
}

/** ISO-8601 UTC, without milliseconds when there are none, so "…T10:00:00Z" comes back as written. */
export function formatUpdatedAt(value: string): string {
  return toIso(value).replace('.000Z', 'Z');
}

/** The full practice/v1 object of a stored practice, fields in the order of the JSON schema. */
export function toV1(row: PracticeRow): PracticeV1 {
  const content = toContent(row);
  return {
    format: PRACTICE_FORMAT,
    id: row.slug,
    title: content.title,
    language: content.language,
    summary: content.summary,
    situation: content.situation,
    signals: content.signals,
    steps: content.steps,
    say: content.say,
    avoid: content.avoid,
    channels: content.channels,
    attitudes: content.attitudes,
    needs: content.needs,
    tags: content.tags,
    body: content.body,
    status: row.status,
    updatedAt: formatUpdatedAt(row.updated_at),
    source: content.source,
  };
}

export function v1Content(value: PracticeV1): PracticeContent {
  return {
    title: value.title,
    language: value.language,
    summary: value.summary ?? '',
    situation: value.situation ?? '',
    signals: value.signals ?? [],
    steps: value.steps ?? [],
    say: value.say ?? [],
    avoid: value.avoid ?? [],
    channels: value.channels ?? [],
    attitudes: value.attitudes ?? [],
    needs: value.needs ?? [],
    tags: value.tags ?? [],
    body: value.body ?? '',
    source: value.source ?? '',
  };
}

export function lineError(locale: Locale, code: string, params: Record<string, string | number> = {}, field = ''): ImportLineError {
  return { field, code, message: render(locale, code, params) };
}

function textOf(raw: Record<string, unknown>, key: string): string | null {
  const value = raw[key];
  return typeof value === 'string' ? value.slice(0, 200) : null;
}

/** Validates one decoded object against practice/v1, with messages in the user's language. */
export function validateEntry(locale: Locale, line: number, raw: unknown): ParsedEntry {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { line, id: null, title: null, value: undefined, errors: [lineError(locale, 'not_object')] };
  }
  const record = Object.fromEntries(Object.entries(raw));
  const base = { line, id: textOf(record, 'id'), title: textOf(record, 'title') };
  const parsed = PracticeV1Schema.safeParse(raw);
  if (parsed.success) return { ...base, value: parsed.data, errors: [] };
  const errors = fieldErrorsFromIssues(locale, parsed.error.issues).map((error) =>
    error.field === 'id' && error.code === 'invalid_format' ? lineError(locale, 'invalid_slug', {}, 'id') : error,
  );
  return { ...base, value: undefined, errors };
}

/** A later line with an id seen before is an error: which of the two was meant is anyone's guess. */
export function rejectDuplicates(locale: Locale, entries: ParsedEntry[]): ParsedEntry[] {
  const firstLine = new Map<string, number>();
  return entries.map((entry) => {
    if (!entry.value) return entry;
    const first = firstLine.get(entry.value.id);
    if (first === undefined) {
      firstLine.set(entry.value.id, entry.line);
      return entry;
    }
    return { ...entry, value: undefined, errors: [lineError(locale, 'duplicate_id', { id: entry.value.id, line: first }, 'id')] };
  });
}

/** Text that went through a wrong decoding: replacement characters, or the NULs of UTF-16 read as UTF-8. */
export function encodingErrors(locale: Locale, text: string): ImportLineError[] {
  const replacement = text.indexOf('\uFFFD');
  const nul = text.indexOf(String.fromCharCode(0));
  const found = [replacement, nul].filter((at) => at >= 0);
  if (found.length === 0) return [];
  const index = Math.min(...found);
  const line = text.slice(0, index).split('\n').length;
  return [lineError(locale, 'not_utf8', { line })];
}

/**
 * Bytes from a file as text. Not fatal on purpose: a file in another encoding (Windows-1250,
 * ISO-8859-2, UTF-16) decodes with replacement characters or NULs, which the parsers then report
 * as "not UTF-8" together with the line where it shows. A UTF-8 BOM is dropped.
 */
export function decodeFile(bytes: Uint8Array): string {
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** practice/v1 JSON Lines: one object per line; blank lines are skipped; line numbers count from 1. */
export function parseJsonl(locale: Locale, input: string): ParsedFile {
  const text = stripBom(input);
  const fileErrors = encodingErrors(locale, text);
  if (fileErrors.length > 0) return { fileErrors, entries: [] };
  const entries: ParsedEntry[] = [];
  text.split('\n').forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    try {
      entries.push(validateEntry(locale, line, JSON.parse(content)));
    } catch {
      entries.push({ line, id: null, title: null, value: undefined, errors: [lineError(locale, 'json_syntax')] });
    }
  });
  if (entries.length === 0) return { fileErrors: [lineError(locale, 'empty_file')], entries };
  return { fileErrors, entries: rejectDuplicates(locale, entries) };
}

export function toJsonl(practices: readonly PracticeV1[]): string {
  return practices.map((practice) => `${JSON.stringify(practice)}\n`).join('');
}
