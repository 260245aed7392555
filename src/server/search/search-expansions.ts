import type { QueryAlternative } from './analyzer/index.ts';
import type { TermSnapshot } from './search-snapshot.ts';

/**
 * Query-side morphology that needs the index's term list, on top of the analyzer's lemmas:
 * - verbal prefixes: "zablokowane" also finds "blokować", "blokuje" also finds "zablokować";
 * - compounds: an unknown "czternastolatka" finds the indexed "nastolatka" it ends with;
 * - typo corrections weighted by how common each candidate is, so the likely word wins.
 */
export const EXPANSION = {
  prefixSibling: 0.5,
  /** Multipliers of the analyzer's weights by source. */
  synonym: 1,
  prefix: 1,
  compoundTail: 0.6,
  minStem: 5,
  minTail: 6,
};

const VERB_PREFIXES = [
  'przy',
  'prze',
  'pod',
  'nad',
  'roz',
  'wy',
  'za',
  'na',
  'po',
  'od',
  'do',
  'ob',
  'ze',
  'wz',
  'ws',
  'u',
  'z',
  's',
  'o',
  'w',
];

function alternative(token: string, weight: number): QueryAlternative {
  return { tokens: [token], weight, source: 'stem', prefix: false };
}

function prefixSiblings(lemma: string, snapshot: TermSnapshot): string[] {
  const found = new Set<string>();
  for (const prefix of VERB_PREFIXES) {
    const bare = lemma.startsWith(prefix) ? lemma.slice(prefix.length) : '';
    if (bare.length >= EXPANSION.minStem && snapshot.df.has(bare)) found.add(bare);
    if (lemma.length >= EXPANSION.minStem && snapshot.df.has(prefix + lemma)) found.add(prefix + lemma);
  }
  found.delete(lemma);
  return [...found];
}

function compoundTails(word: string, snapshot: TermSnapshot): string[] {
  const tails: string[] = [];
  for (let start = 2; word.length - start >= EXPANSION.minTail; start += 1) {
    const tail = word.slice(start);
    if (snapshot.df.has(tail)) tails.push(tail);
    if (tails.length > 0) break;
  }
  return tails;
}

function weighCorrections(alternatives: QueryAlternative[], snapshot: TermSnapshot): QueryAlternative[] {
  const corrections = alternatives.filter((item) => item.source === 'correction');
  if (corrections.length < 2) return alternatives;
  const frequency = (item: QueryAlternative) => snapshot.df.get(item.tokens[0] ?? '') ?? 0;
  const top = Math.max(...corrections.map(frequency), 1);
  return alternatives.map((item) =>
    item.source === 'correction' ? { ...item, weight: item.weight * Math.sqrt(frequency(item) / top) } : item,
  );
}

/** The term's alternatives with the expansions added; nothing is added twice. */
export function expandAlternatives(alternatives: QueryAlternative[], snapshot: TermSnapshot): QueryAlternative[] {
  const present = new Set(alternatives.filter((item) => !item.prefix).map((item) => item.tokens.join(' ')));
  const added: QueryAlternative[] = [];
  const add = (token: string, weight: number) => {
    if (present.has(token)) return;
    present.add(token);
    added.push(alternative(token, weight));
  };
  const words = alternatives.filter((item) => item.source === 'word' && item.tokens.length === 1);
  const indexed = words.some((item) => snapshot.df.has(item.tokens[0] ?? ''));
  for (const item of words) {
    const [token = ''] = item.tokens;
    for (const sibling of prefixSiblings(token, snapshot)) add(sibling, EXPANSION.prefixSibling);
    if (!indexed) for (const tail of compoundTails(token, snapshot)) add(tail, EXPANSION.compoundTail);
  }
  const reweighed = alternatives.map((item) => {
    if (item.source === 'synonym') return { ...item, weight: item.weight * EXPANSION.synonym };
    if (item.prefix) return { ...item, weight: item.weight * EXPANSION.prefix };
    return item;
  });
  return [...weighCorrections(reweighed, snapshot), ...added];
}
