import type { FieldError } from '../../../shared/errors.ts';

export type VocabularyField = 'synonyms' | 'domainWords';

export interface LineError {
  line: number;
  message: string;
}

/** The API names a bad line as the field error `synonyms.<line>` or `domainWords.<line>` (1-based). */
export function lineErrors(errors: readonly FieldError[] | undefined, field: VocabularyField): LineError[] {
  const found: LineError[] = [];
  for (const item of errors ?? []) {
    const match = /^(\w+)\.(\d+)$/.exec(item.field);
    if (match?.[1] === field) found.push({ line: Number(match[2]), message: item.message });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Problems not tied to one line (the whole text too long, a failed connection) are shown above the form. */
export function hasLineErrors(errors: readonly FieldError[] | undefined): boolean {
  return lineErrors(errors, 'synonyms').length > 0 || lineErrors(errors, 'domainWords').length > 0;
}

/** Lines that say something: neither blank nor only a `#` comment. */
export function countEntries(text: string): number {
  return text.split(/\r?\n/).filter((line) => {
    const hash = line.indexOf('#');
    return (hash === -1 ? line : line.slice(0, hash)).trim() !== '';
  }).length;
}

/** Where a line (1-based) starts and ends in the text, to select it; a line past the end selects the end. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return { start: text.length, end: text.length };
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}
