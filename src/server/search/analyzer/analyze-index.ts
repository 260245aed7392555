import { type DomainWords, NO_DOMAIN_WORDS } from './domain-words.ts';
import { tokenize } from './tokenize.ts';
import { isStopWord, type Language, wordTokens } from './word-tokens.ts';

export type IndexOptions = { domainWords?: DomainWords; maxTokens?: number };

const MAX_INDEX_WORDS = 100_000;

// Emits, per word in text order: every lemma token of a known word (folded, hyphen-free), or for an
// unknown word its folded form, its light stem when different, and for an unknown hyphenated word
// the tokens of its parts. Repeats are kept for term frequency.
export function analyzeForIndex(text: string, language: Language, options: IndexOptions = {}): string[] {
  const domain = options.domainWords ?? NO_DOMAIN_WORDS;
  const output: string[] = [];
  for (const { text: word } of tokenize(text, options.maxTokens ?? MAX_INDEX_WORDS)) {
    if (isStopWord(word, language)) continue;
    const analysis = wordTokens(word, language, 'index', domain);
    output.push(...analysis.tokens);
    if (analysis.stemToken !== undefined) output.push(analysis.stemToken);
    if (analysis.partTokens !== undefined) output.push(...analysis.partTokens);
  }
  return output;
}
