import { readFileSync } from 'node:fs';

// The starter lists live in content/search at the repository root, the same four levels up from
// src/server/search/analyzer and from its compiled copy in dist/server/search/analyzer.
const CONTENT = new URL('../../../../content/search/', import.meta.url);

export function readStarterSynonyms(): string {
  return readFileSync(new URL('synonyms.pl.txt', CONTENT), 'utf8');
}

export function readStarterDomainWords(): string {
  return readFileSync(new URL('domain-words.pl.txt', CONTENT), 'utf8');
}
