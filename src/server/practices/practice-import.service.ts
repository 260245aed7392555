import { v7 as uuidv7 } from 'uuid';
import type { ImportLine, ImportReport, ImportRequestSchema, PracticeStatus, PracticeV1 } from '../../shared/practices.schema.ts';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError } from '../errors.ts';
import { render } from '../i18n/field-messages.ts';
import type { Locale } from '../i18n/translate.ts';
import { insertPractice, type PracticeChanges, sameContent, updatePractice } from './practice-changes.ts';
import { lineError, type ParsedEntry, type ParsedFile, parseJsonl, v1Content } from './practice-interchange.ts';
import { parseMarkdown } from './practice-markdown.ts';
import { RESERVED_SLUGS } from './practice-slug.ts';
import { reviewByFrom } from './practice-settings.service.ts';
import { canReviewBranch } from './practices.policy.ts';
import { contentColumns, findPracticeRowsBySlugs, type PracticeRow, toContent } from './practices.repository.ts';
import { emptyRow } from './practices.service.ts';

/** `createOnly`: practices that exist already are left as they are (the demo seed never overwrites edits). */
export type ImportOptions = z.output<typeof ImportRequestSchema> & { locale: Locale; createOnly?: boolean };

/** Who imports: the signed-in manager or admin (the author of new practices), or the operator at the console (no author). */
export interface Importer {
  actor: Actor;
  authorId: string | null;
}

interface Planned {
  entry: ParsedEntry;
  value: PracticeV1;
  existing: PracticeRow | undefined;
  status: PracticeStatus;
  action: ImportLine['action'];
}

function parse(options: ImportOptions): ParsedFile {
  return options.format === 'markdown' ? parseMarkdown(options.locale, options.text) : parseJsonl(options.locale, options.text);
}

function plan(importer: Importer, options: ImportOptions, entry: ParsedEntry, existing: PracticeRow | undefined): Planned | ImportLine {
  const reject = (errors: ImportLine['errors']): ImportLine => ({
    line: entry.line,
    id: entry.id,
    title: entry.title,
    action: 'reject',
    errors,
  });
  if (!entry.value) return reject(entry.errors);
  const value = entry.value;
  const status = options.status ?? value.status ?? 'draft';
  if (!existing && RESERVED_SLUGS.has(value.id)) return reject([lineError(options.locale, 'slug_reserved', { slug: value.id }, 'id')]);
  if (!existing) return { entry, value, existing, status, action: 'create' };
  if (options.createOnly) return { entry, value, existing, status, action: 'unchanged' };
  if (!canReviewBranch(importer.actor, existing.branch_id)) return reject([lineError(options.locale, 'out_of_scope', {}, 'id')]);
  const unchanged = sameContent(v1Content(value), toContent(existing)) && status === existing.status;
  return { entry, value, existing, status, action: unchanged ? 'unchanged' : 'update' };
}

function isPlanned(item: Planned | ImportLine): item is Planned {
  return 'value' in item;
}

async function publication(db: Database, status: PracticeStatus, at: string, authorId: string | null, before?: PracticeRow) {
  if (status !== 'published') return {};
  return { published_at: at, review_by: await reviewByFrom(db, at), owner_id: before?.owner_id ?? before?.author_id ?? authorId };
}

async function apply(db: Database, importer: Importer, item: Planned): Promise<void> {
  const now = nowIso();
  const at = item.value.updatedAt ? new Date(item.value.updatedAt).toISOString() : now;
  const content = v1Content(item.value);
  const revision = { kind: 'import' as const, authorId: importer.authorId, comment: '', at: now };
  const live = await publication(db, item.status, at, importer.authorId, item.existing);
  if (!item.existing) {
    const base = emptyRow(uuidv7(), item.value.id, content, at);
    await insertPractice(db, { ...base, status: item.status, author_id: importer.authorId, ...live }, revision);
    return;
  }
  const changes: PracticeChanges = { ...contentColumns(content), status: item.status, updated_at: at, ...live };
  if (!(await updatePractice(db, item.existing, changes, revision))) throw new AppError('conflict', 409);
}

function reportLine(item: Planned | ImportLine): ImportLine {
  if (!isPlanned(item)) return item;
  return { line: item.entry.line, id: item.value.id, title: item.value.title, action: item.action, errors: [] };
}

function summarise(options: ImportOptions, fileErrors: ImportReport['fileErrors'], lines: ImportLine[], committed: boolean): ImportReport {
  const count = (action: ImportLine['action']) => lines.filter((line) => line.action === action).length;
  return {
    format: options.format,
    dryRun: options.dryRun,
    committed,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rejected: count('reject'),
    fileErrors,
    lines,
  };
}

/**
 * Imports practice/v1 (JSON Lines or Markdown) for both the API and the CLI: every entry is
 * validated first; by default nothing is written when any entry is wrong; with `skipInvalid` the
 * valid ones are; `dryRun` only reports. Upsert by id (the slug); an update is a new revision.
 */
export async function importPractices(db: Database, importer: Importer, options: ImportOptions): Promise<ImportReport> {
  assertCan(importer.actor, 'practice:import');
  const { fileErrors, entries } = parse(options);
  if (fileErrors.length > 0) return summarise(options, fileErrors, [], false);
  return db.transaction().execute(async (trx) => {
    const slugs = entries.flatMap((entry) => (entry.value ? [entry.value.id] : []));
    const existing = new Map((await findPracticeRowsBySlugs(trx, slugs)).map((row) => [row.slug, row]));
    const planned = entries.map((entry) => plan(importer, options, entry, entry.value ? existing.get(entry.value.id) : undefined));
    const lines = planned.map(reportLine);
    const blocked = lines.some((line) => line.action === 'reject') && !options.skipInvalid;
    if (options.dryRun || blocked) return summarise(options, fileErrors, lines, false);
    for (const item of planned) {
      if (isPlanned(item) && item.action !== 'unchanged') await apply(trx, importer, item);
    }
    return summarise(options, fileErrors, lines, true);
  });
}

/** The report's problems as field errors of a problem document, each message naming its line. */
export function reportErrors(locale: Locale, report: ImportReport) {
  const fileLevel = report.fileErrors.map((error) => ({ field: 'file', code: error.code, message: error.message }));
  const lineLevel = report.lines.flatMap((line) =>
    line.errors.map((error) => ({
      field: error.field ? `lines.${line.line}.${error.field}` : `lines.${line.line}`,
      code: error.code,
      message: error.field
        ? render(locale, 'at_line_field', { line: line.line, field: error.field, message: error.message })
        : render(locale, 'at_line', { line: line.line, message: error.message }),
    })),
  );
  return [...fileLevel, ...lineLevel];
}

/** The API's answer: the report, or 422 `import_failed` with the report when an all-or-nothing import wrote nothing. */
export async function importForApi(db: Database, actor: Actor, options: ImportOptions): Promise<ImportReport> {
  const report = await importPractices(db, { actor, authorId: actor.id }, options);
  if (report.committed || options.dryRun) return report;
  const errors = reportErrors(options.locale, report);
  throw new AppError('import_failed', 422, {}, { fieldErrors: errors, extensions: { report } });
}
