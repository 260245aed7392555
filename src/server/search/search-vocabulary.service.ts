import type { SearchVocabulary, UpdateSearchVocabularyInput } from '../../shared/search.schema.ts';
import type { FieldError } from '../../shared/errors.ts';
import type { RequestContext } from '../auth/actor.ts';
import { assertCan } from '../auth/policy.ts';
import type { Database } from '../db/database.ts';
import { nowIso } from '../db/dialect.ts';
import { AppError } from '../errors.ts';
import { render } from '../i18n/field-messages.ts';
import type { Locale } from '../i18n/translate.ts';
import { analyzeForIndex } from './analyzer/index.ts';
import { rebuildSearchIndex } from './search-index.ts';
import { lockIndexForRebuild, readSearchState, renewVocabularyStamp, vacuumRebuiltIndex, writeSetting } from './search-index.repository.ts';
import { DOMAIN_WORDS_KEY, loadVocabulary, SYNONYMS_KEY } from './search-vocabulary.ts';

const MAX_LINE = 1000;
const MAX_MEMBER_WORDS = 6;
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
const DOMAIN_WORD = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;
const MAX_DOMAIN_WORD = 48;

function withoutComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash === -1 ? line : line.slice(0, hash)).trim();
}

function synonymLineError(line: string): string | undefined {
  if (line.length > MAX_LINE) return 'search_line_too_long';
  const content = withoutComment(line);
  if (content === '') return undefined;
  const members = content
    .split(/[,~]/u)
    .map((member) => member.trim())
    .filter((member) => member !== '');
  if (members.length < 2) return 'synonym_group_too_small';
  if (members.some((member) => (member.match(WORD) ?? []).length > MAX_MEMBER_WORDS)) return 'synonym_member_too_long';
  if (members.some((member) => analyzeForIndex(member, 'pl').length === 0)) return 'synonym_member_empty';
  return undefined;
}

function domainWordError(line: string): string | undefined {
  const content = withoutComment(line);
  if (content === '') return undefined;
  if (content.length > MAX_DOMAIN_WORD || !DOMAIN_WORD.test(content)) return 'domain_word_invalid';
  return undefined;
}

/** Line-numbered problems, reported as `synonyms.<line>` and `domainWords.<line>` (lines counted from 1). */
export function vocabularyErrors(locale: Locale, input: UpdateSearchVocabularyInput): FieldError[] {
  const check = (field: string, text: string, error: (line: string) => string | undefined) =>
    text.split(/\r?\n/u).flatMap((line, index) => {
      const code = error(line);
      if (code === undefined) return [];
      const message = render(locale, 'at_line', { line: index + 1, message: render(locale, code) });
      return [{ field: `${field}.${index + 1}`, code, message }];
    });
  return [...check('synonyms', input.synonyms, synonymLineError), ...check('domainWords', input.domainWords, domainWordError)];
}

export async function readSearchVocabulary(db: Database, context: RequestContext): Promise<SearchVocabulary> {
  assertCan(context.actor, 'search:vocabulary');
  const state = await readSearchState(db);
  const vocabulary = await loadVocabulary(db, state.vocabulary_stamp);
  return { synonyms: vocabulary.synonymsText, domainWords: vocabulary.domainWordsText, updatedAt: vocabulary.updatedAt };
}

/**
 * Saves both lists. New synonyms apply to the next query on every instance (the stamp changes);
 * changed domain words change index tokens, so the index is rebuilt in the same transaction (and
 * vacuumed after it on PostgreSQL, as a reindex is).
 */
export async function updateSearchVocabulary(
  db: Database,
  context: RequestContext,
  input: UpdateSearchVocabularyInput,
): Promise<SearchVocabulary> {
  assertCan(context.actor, 'search:vocabulary');
  const errors = vocabularyErrors(context.actor.locale, input);
  if (errors.length > 0) throw new AppError('validation_failed', 400, { count: errors.length }, { fieldErrors: errors });
  const rebuilt = await db.transaction().execute(async (trx) => {
    const at = nowIso();
    await writeSetting(trx, SYNONYMS_KEY, input.synonyms, at);
    await writeSetting(trx, DOMAIN_WORDS_KEY, input.domainWords, at);
    await renewVocabularyStamp(trx);
    await lockIndexForRebuild(trx);
    const state = await readSearchState(trx);
    const vocabulary = await loadVocabulary(trx, state.vocabulary_stamp);
    if (vocabulary.indexKey === state.index_key) return false;
    await rebuildSearchIndex(trx, vocabulary);
    return true;
  });
  if (rebuilt) await vacuumRebuiltIndex(db);
  return readSearchVocabulary(db, context);
}
