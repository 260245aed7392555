import fs from 'node:fs';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { type ImportReport, PracticeStatusSchema } from '../../shared/practices.schema.ts';
import { exportJsonl, exportMarkdown } from '../practices/practice-export.service.ts';
import { type ImportOptions, importPractices, reportErrors } from '../practices/practice-import.service.ts';
import { decodeFile } from '../practices/practice-interchange.ts';
import { type CliContext, cliConfig, OPERATOR, printLine } from './context.ts';
import { withDatabase } from './database.ts';
import { CliError } from './errors.ts';
import { seedDemo } from './practices-demo.ts';

const ImportOptionsSchema = z.object({
  status: z.enum(['draft', 'published']).optional(),
  dryRun: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
  format: z.enum(['jsonl', 'markdown']).optional(),
});
const ExportOptionsSchema = z.object({
  status: z.array(PracticeStatusSchema).optional(),
  markdown: z.boolean().default(false),
});

function readInput(file: string): string {
  try {
    return decodeFile(file === '-' ? fs.readFileSync(0) : fs.readFileSync(file));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : 'cannot read it';
    throw new CliError(`cannot import ${file}: ${reason}`);
  }
}

function formatOf(file: string, chosen: 'jsonl' | 'markdown' | undefined): 'jsonl' | 'markdown' {
  if (chosen) return chosen;
  return ['.md', '.markdown'].includes(path.extname(file).toLowerCase()) ? 'markdown' : 'jsonl';
}

function printReport(context: CliContext, report: ImportReport): void {
  for (const error of reportErrors(context.locale, report)) context.io.err(`${error.message}\n`);
  const counts = `${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected`;
  if (report.dryRun) printLine(context, `Dry run, nothing written: would import ${counts}.`);
  else if (report.committed) printLine(context, `Imported: ${counts}.`);
}

async function runImport(context: CliContext, file: string, rawOptions: unknown): Promise<void> {
  const options = ImportOptionsSchema.parse(rawOptions);
  const config = cliConfig(context);
  const importOptions: ImportOptions = {
    format: formatOf(file, options.format),
    text: readInput(file),
    dryRun: options.dryRun,
    skipInvalid: options.skipInvalid,
    status: options.status,
    locale: context.locale,
  };
  const report = await withDatabase(config, 'existing', (db) => importPractices(db, { actor: OPERATOR, authorId: null }, importOptions));
  printReport(context, report);
  if (report.committed || report.dryRun) return;
  if (report.fileErrors.length > 0) throw new CliError('nothing was imported: the file cannot be read as practice/v1 (see above)');
  throw new CliError('nothing was imported: the file has errors (listed above)', [
    'Correct them, or import only the valid entries with --skip-invalid.',
  ]);
}

async function runExport(context: CliContext, file: string, rawOptions: unknown): Promise<void> {
  const options = ExportOptionsSchema.parse(rawOptions);
  const query = { status: options.status };
  const text = await withDatabase(cliConfig(context), 'existing', (db) =>
    options.markdown ? exportMarkdown(db, OPERATOR, query) : exportJsonl(db, OPERATOR, query),
  );
  if (file === '-') return context.io.out(text);
  fs.writeFileSync(file, text, 'utf8');
  const count = options.markdown ? (text.match(/^format: practice\/v1$/gm) ?? []).length : text.split('\n').length - 1;
  printLine(context, `Exported ${count} ${count === 1 ? 'practice' : 'practices'} to ${file}.`);
}

function collectStatuses(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').filter((part) => part !== '')];
}

export function registerPracticeCommands(program: Command, context: CliContext): void {
  program
    .command('import')
    .description('import good practices from a practice/v1 JSON Lines file (or Markdown with front matter: .md); upsert by id')
    .argument('<file>', 'the file to import, or - for standard input')
    .addOption(
      new Option('--status <status>', 'import every practice with this status instead of the one in the file').choices([
        'draft',
        'published',
      ]),
    )
    .option('--dry-run', 'only check the file and report what would be created, updated or rejected')
    .option('--skip-invalid', 'import the valid entries and report the others (default: all or nothing)')
    .addOption(new Option('--format <format>', 'the file format (default: by extension)').choices(['jsonl', 'markdown']))
    .addHelpText(
      'after',
      '\nExamples:\n  $ relacja import praktyki.jsonl --dry-run\n  $ relacja import praktyki.jsonl --status draft --skip-invalid',
    )
    .action((file: string, options: unknown) => runImport(context, file, options));
  program
    .command('export')
    .description('export good practices as practice/v1 JSON Lines (all statuses unless --status is given)')
    .argument('[file]', 'where to write; - or nothing for standard output', '-')
    .option(
      '--status <status>',
      'only these statuses: draft, in_review, published, archived (comma-separated or repeated)',
      collectStatuses,
    )
    .option('--markdown', 'write Markdown with YAML front matter instead')
    .addHelpText('after', '\nExamples:\n  $ relacja export --status published praktyki.jsonl\n  $ relacja export - > kopia.jsonl')
    .action((file: string, options: unknown) => runExport(context, file, options));
  program
    .command('seed')
    .description('load content: with --demo, two branches, a manager, two librarians and the starter practices (idempotent)')
    .requiredOption('--demo', 'create the demonstration data')
    .addHelpText('after', '\nExample:\n  $ relacja seed --demo')
    .action(() => seedDemo(context));
}
