import YAML from 'yaml';
import { PRACTICE_FORMAT, type PracticeV1 } from '../../shared/practices.schema.ts';
import type { Locale } from '../i18n/translate.ts';
import {
  encodingErrors,
  lineError,
  type ParsedEntry,
  type ParsedFile,
  rejectDuplicates,
  stripBom,
  validateEntry,
} from './practice-interchange.ts';

/**
 * A practice as Markdown: every field but the body in YAML front matter, then the body as is.
 * A selection is the documents one after another; each begins with `---` and `format: practice/v1`,
 * which is how the next one is found again (a body may contain `---` rules of its own).
 */
export function toMarkdown(practices: readonly PracticeV1[]): string {
  return practices
    .map((practice) => {
      const { body, ...fields } = practice;
      const frontMatter = YAML.stringify({ format: PRACTICE_FORMAT, ...fields }, { lineWidth: 0 });
      return `---\n${frontMatter}---\n${body ?? ''}\n`;
    })
    .join('');
}

const FORMAT_LINE = /^format:\s*["']?practice\/v1["']?\s*$/;

function documentStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (line !== '---') return;
    if (index === 0 || FORMAT_LINE.test(lines[index + 1] ?? '')) starts.push(index);
  });
  return starts;
}

function parseDocument(locale: Locale, lines: readonly string[], start: number, end: number): ParsedEntry {
  const line = start + 1;
  const close = lines.indexOf('---', start + 1);
  const invalid = { line, id: null, title: null, value: undefined, errors: [lineError(locale, 'front_matter')] };
  if (close < 0 || close >= end) return invalid;
  let fields: unknown;
  try {
    fields = YAML.parse(lines.slice(start + 1, close).join('\n'));
  } catch {
    return invalid;
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return invalid;
  return validateEntry(locale, line, { ...fields, body: lines.slice(close + 1, end).join('\n') });
}

export function parseMarkdown(locale: Locale, input: string): ParsedFile {
  const text = stripBom(input).replaceAll('\r\n', '\n');
  const fileErrors = encodingErrors(locale, text);
  if (fileErrors.length > 0) return { fileErrors, entries: [] };
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const starts = documentStarts(lines);
  if (starts.length === 0) {
    const empty = lines.every((line) => line.trim() === '');
    return { fileErrors: [lineError(locale, empty ? 'empty_file' : 'front_matter')], entries: [] };
  }
  const entries = starts.map((start, index) => parseDocument(locale, lines, start, starts[index + 1] ?? lines.length));
  return { fileErrors: [], entries: rejectDuplicates(locale, entries) };
}
