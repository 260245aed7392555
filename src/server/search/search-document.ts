import { z } from 'zod';
import { analyzeForIndex, type DomainWords, type Language } from './analyzer/index.ts';

/**
 * Fields are indexed in four groups, weighted from title (highest) to body (lowest); both the FTS5
 * columns and the PostgreSQL tsvector weights A–D follow the same grouping.
 */
export const FIELD_GROUPS = ['title', 'main', 'detail', 'body'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** The searchable text of a practice, as stored in its row (lists as JSON text). */
export interface PracticeText {
  language: string;
  title: string;
  summary: string;
  situation: string;
  signals: string;
  steps: string;
  say: string;
  avoid: string;
  tags: string;
  body: string;
}

export type GroupTokens = Record<FieldGroup, string[]>;

export interface DocumentTokens {
  language: Language;
  groups: GroupTokens;
}

const StringList = z.array(z.string());

export function parseList(text: string): string[] {
  try {
    const parsed = StringList.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function languageOf(value: string): Language {
  return value === 'en' ? 'en' : 'pl';
}

/** The texts of each group; list items are separate texts so that a phrase never spans two items. */
export function groupTexts(practice: PracticeText): Record<FieldGroup, string[]> {
  return {
    title: [practice.title],
    main: [practice.summary, practice.situation, ...parseList(practice.signals)],
    detail: [...parseList(practice.steps), ...parseList(practice.say), ...parseList(practice.avoid), ...parseList(practice.tags)],
    body: [practice.body],
  };
}

export function documentTokens(practice: PracticeText, domainWords: DomainWords): DocumentTokens {
  const language = languageOf(practice.language);
  const texts = groupTexts(practice);
  const analyze = (items: string[]) => items.flatMap((text) => analyzeForIndex(text, language, { domainWords }));
  return {
    language,
    groups: { title: analyze(texts.title), main: analyze(texts.main), detail: analyze(texts.detail), body: analyze(texts.body) },
  };
}

const TSVECTOR_WEIGHTS: Record<FieldGroup, string> = { title: 'A', main: 'B', detail: 'C', body: 'D' };
/** PostgreSQL keeps at most 256 positions per lexeme; a handful is enough for ts_rank to count. */
const MAX_POSITIONS = 32;
const MAX_POSITION = 16_383;

/**
 * A tsvector literal with one weight per field group, built here rather than by to_tsvector so that
 * PostgreSQL stores exactly the analyzer's tokens (no parser of its own in between).
 */
export function tsvectorLiteral(groups: GroupTokens): string {
  const lexemes = new Map<string, string[]>();
  let position = 0;
  for (const group of FIELD_GROUPS) {
    for (const token of groups[group]) {
      position = Math.min(position + 1, MAX_POSITION);
      const positions = lexemes.get(token);
      const entry = `${position}${TSVECTOR_WEIGHTS[group]}`;
      if (positions === undefined) lexemes.set(token, [entry]);
      else if (positions.length < MAX_POSITIONS) positions.push(entry);
    }
  }
  return [...lexemes].map(([token, positions]) => `${quoteLexeme(token)}:${positions.join(',')}`).join(' ');
}

export function quoteLexeme(token: string): string {
  return `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
