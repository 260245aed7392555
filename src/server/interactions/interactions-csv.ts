import type { Interaction } from '../../shared/interactions.schema.ts';
import { localParts } from '../../shared/library-time.ts';

export type CsvDelimiter = ';' | ',';

/** Excel opens UTF-8 correctly only with a byte order mark. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting; free text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function csvCell(value: string | number, delimiter: CsvDelimiter, freeText = false): string {
  let text = String(value);
  if (freeText && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

const COLUMNS = [
  'id',
  'occurred_at_utc',
  'date',
  'time',
  'weekday',
  'branch',
  'channel',
  'needs',
  'attitude',
  'effort',
  'outcome',
  'practices',
  'return_suggestions',
] as const;

function row(entry: Interaction, withNotes: boolean): (string | number)[] {
  const local = localParts(entry.occurredAt);
  const cells: (string | number)[] = [
    entry.id,
    entry.occurredAt,
    local.date,
    local.time,
    local.weekday,
    entry.branch.name,
    entry.channel,
    entry.needs.join('|'),
    entry.attitude,
    entry.effort,
    entry.outcome,
    entry.practices.map((practice) => practice.title).join('|'),
    entry.returnSuggestions.join('|'),
  ];
  return withNotes ? [...cells, entry.note ?? ''] : cells;
}

/** Columns whose text people typed: branch names, practice titles and notes. */
const FREE_TEXT_COLUMNS = new Set([5, 11, 13]);

/** Codes rather than translated labels, so a file reads the same in every language and tool; times in the library's zone. */
export function interactionsCsv(entries: readonly Interaction[], options: { withNotes: boolean; delimiter: CsvDelimiter }): string {
  const header = options.withNotes ? [...COLUMNS, 'note'] : [...COLUMNS];
  const lines = [header.join(options.delimiter)];
  for (const entry of entries) {
    lines.push(
      row(entry, options.withNotes)
        .map((cell, i) => csvCell(cell, options.delimiter, FREE_TEXT_COLUMNS.has(i)))
        .join(options.delimiter),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
