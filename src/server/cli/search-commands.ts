import type { Command } from 'commander';
import { z } from 'zod';
import { PracticeStatusSchema } from '../../shared/practices.schema.ts';
import { type HighlightSegment, SEARCH_LIMIT_MAX, type SearchResponse, SearchQuerySchema } from '../../shared/search.schema.ts';
import { warmUpAnalyzer } from '../search/analyzer/index.ts';
import { reindexSearch } from '../search/search-index.ts';
import { searchPractices } from '../search/search.service.ts';
import { type CliContext, cliConfig, OPERATOR, printLine } from './context.ts';
import { withDatabase } from './database.ts';
import { CliError } from './errors.ts';
import { formatDuration } from './format.ts';

const QueryOptionsSchema = z.object({
  json: z.boolean().default(false),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(10),
  status: z.array(PracticeStatusSchema).optional(),
});
const ReindexOptionsSchema = z.object({ force: z.boolean().default(true) });

/** Marked words in «guillemets», so the highlights survive copying and a terminal without colours. */
function plain(segments: readonly HighlightSegment[]): string {
  return segments.map((segment) => (segment.marked ? `«${segment.text}»` : segment.text)).join('');
}

function printResults(context: CliContext, response: SearchResponse): void {
  if (response.didYouMean !== undefined) printLine(context, `Did you mean: ${response.didYouMean}`);
  if (response.results.length === 0) {
    printLine(context, `No practice found (${formatDuration(response.tookMs)}).`);
    return;
  }
  response.results.forEach((result, index) => {
    const status = result.status === 'published' ? '' : ` [${result.status}]`;
    printLine(context, `${index + 1}. ${plain(result.titleSegments)}${status}  (${result.slug}, score ${result.score})`);
    for (const snippet of result.snippets) printLine(context, `   ${snippet.field}: ${plain(snippet.segments)}`);
  });
  printLine(context, `${response.results.length} of ${response.total} shown, ${formatDuration(response.tookMs)}.`);
}

async function runQuery(context: CliContext, words: readonly string[], rawOptions: unknown): Promise<void> {
  const options = QueryOptionsSchema.parse(rawOptions);
  const parsed = SearchQuerySchema.safeParse({ q: words.join(' '), limit: options.limit, status: options.status });
  if (!parsed.success) throw new CliError(`the query cannot be searched: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  warmUpAnalyzer();
  const response = await withDatabase(cliConfig(context), 'existing', (db) =>
    searchPractices(db, OPERATOR, parsed.data, { record: false }),
  );
  if (options.json) return printLine(context, JSON.stringify(response, null, 2));
  printResults(context, response);
}

async function runReindex(context: CliContext, rawOptions: unknown): Promise<void> {
  const { force } = ReindexOptionsSchema.parse(rawOptions);
  const result = await withDatabase(cliConfig(context), 'existing', (db) => reindexSearch(db, force));
  if (!result.rebuilt) return printLine(context, `The search index is up to date (${result.documents} practices); nothing to do.`);
  printLine(context, `Search index rebuilt: ${result.documents} practices in ${formatDuration(result.ms)}.`);
}

function collectStatuses(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').filter((part) => part !== '')];
}

export function registerSearchCommands(program: Command, context: CliContext): void {
  const search = program
    .command('search')
    .description('search practices as the API does (administrator’s view), or rebuild the search index');
  search
    .command('query', { isDefault: true })
    .description('search practices: `relacja search "czytelnik zgubił książkę"` (published only unless --status is given)')
    .argument('<words...>', 'what to search for')
    .option('--json', 'print the API response as JSON')
    .option('--limit <n>', `how many results (1–${SEARCH_LIMIT_MAX}, default 10)`)
    .option(
      '--status <status>',
      'only these statuses: draft, in_review, published, archived (comma-separated or repeated)',
      collectStatuses,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  $ relacja search "czytelnik zgubil ksiazke"\n  $ relacja search awantura o stolik --json --limit 3',
    )
    .action((words: string[], options: unknown) => runQuery(context, words, options));
  search
    .command('reindex')
    .description('rebuild the search index from every practice (also done at start when the analyzer version changed)')
    .option('--if-needed', 'only when the analyzer version or the domain words changed since the last build')
    .addHelpText('after', '\nExample:\n  $ relacja search reindex')
    .action((options: { ifNeeded?: boolean }) => runReindex(context, { force: options.ifNeeded !== true }));
}
