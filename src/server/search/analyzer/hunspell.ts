import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type AffixRule, parseAffixFile } from './affix-file.ts';
import { type DictionaryEntries, parseDictionaryFile } from './dictionary-file.ts';
import { foldDiacritics } from './fold.ts';

export type Hunspell = {
  // Lemmas of an exactly spelled lower-case form, most likely first; empty when the form is unknown.
  lemmas: (word: string) => string[];
  // Lemmas of every dictionary form whose folded spelling equals the given folded word.
  foldedLemmas: (foldedWord: string) => string[];
  // Dictionary stems whose folded spelling equals the given folded lemma, to show words with diacritics.
  lemmasFoldedTo: (foldedLemma: string) => string[];
};

export type HunspellLoadStats = { loadMs: number; heapDeltaMb: number; entries: number; rules: number };

type Entry = { stem: string; flags: string; proper: boolean };
type EntryLookup = (base: string) => readonly Entry[];
// `bare` marks a form listed in the dictionary without affix flags: often an inflected form stored on its own.
type Analysis = { lemma: string; proper: boolean; bare: boolean };
// Rules by the text they add, then by the text they strip: rules sharing both share one dictionary lookup.
type RuleIndex = Map<string, Map<string, AffixRule[]>>;
// `stems` is sorted: a form can only derive from a stem that starts with the form minus its ending,
// which bounds the endings worth trying and rejects most typo candidates after one binary search.
type Analyzer = {
  suffixes: RuleIndex;
  prefixes: AffixRule[];
  lookup: EntryLookup;
  stems: readonly string[];
  longestAdd: number;
};

const NONE: readonly Entry[] = [];

let loaded: { hunspell: Hunspell; stats: HunspellLoadStats } | undefined;

export function loadHunspell(): Hunspell {
  return loadWithStats().hunspell;
}

export function hunspellLoadStats(): HunspellLoadStats {
  return loadWithStats().stats;
}

function loadWithStats(): { hunspell: Hunspell; stats: HunspellLoadStats } {
  if (loaded !== undefined) return loaded;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const rules = parseAffixFile(readFileSync(resolveDictionaryFile('index.aff'), 'utf8'));
  const entries = parseDictionaryFile(readFileSync(resolveDictionaryFile('index.dic'), 'utf8'));
  const hunspell = createHunspell(rules, entries);
  const stats = {
    loadMs: Math.round(performance.now() - started),
    heapDeltaMb: Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6),
    entries: entries.common.size + entries.proper.size,
    rules: rules.length,
  };
  loaded = { hunspell, stats };
  return loaded;
}

function resolveDictionaryFile(name: string): string {
  return join(dirname(createRequire(import.meta.url).resolve('dictionary-pl')), name);
}

export function createHunspell(rules: AffixRule[], entries: DictionaryEntries): Hunspell {
  const prefixes = rules.filter((rule) => rule.kind === 'prefix');
  const exact: Analyzer = {
    suffixes: indexSuffixes(rules, (text) => text),
    prefixes,
    lookup: exactLookup(entries),
    stems: sortedUnique([...entries.common.keys(), ...entries.proper.keys()]),
    longestAdd: longestAdd(rules),
  };
  let folded: { analyzer: Analyzer; stemsFoldedTo: (folded: string) => string[] } | undefined;
  const foldedIndex = () => {
    folded ??= buildFoldedIndex(rules, prefixes, entries);
    return folded;
  };
  return {
    lemmas: (word) => pickLemmas(word, analyze(word, exact)),
    foldedLemmas: (word) => pickLemmas(word, analyze(word, foldedIndex().analyzer)),
    lemmasFoldedTo: (lemma) => foldedIndex().stemsFoldedTo(lemma),
  };
}

function indexSuffixes(rules: AffixRule[], key: (text: string) => string): RuleIndex {
  const index: RuleIndex = new Map();
  for (const rule of rules) {
    if (rule.kind !== 'suffix') continue;
    let byStrip = index.get(key(rule.add));
    if (byStrip === undefined) {
      byStrip = new Map();
      index.set(key(rule.add), byStrip);
    }
    const bucket = byStrip.get(key(rule.strip));
    if (bucket === undefined) byStrip.set(key(rule.strip), [rule]);
    else bucket.push(rule);
  }
  return index;
}

function exactLookup(entries: DictionaryEntries): EntryLookup {
  return (base) => {
    const common = entries.common.get(base);
    const proper = entries.proper.get(base);
    if (common === undefined && proper === undefined) return NONE;
    const found: Entry[] = [];
    if (common !== undefined) found.push({ stem: base, flags: common, proper: false });
    if (proper !== undefined) found.push({ stem: base, flags: proper, proper: true });
    return found;
  };
}

function buildFoldedIndex(
  rules: AffixRule[],
  prefixes: AffixRule[],
  entries: DictionaryEntries,
): { analyzer: Analyzer; stemsFoldedTo: (folded: string) => string[] } {
  const withDiacritics = foldStemsWithDiacritics(entries);
  const stemsFoldedTo = (folded: string): string[] => {
    const stems = withDiacritics.get(folded) ?? [];
    const plain = entries.common.has(folded) || entries.proper.has(folded);
    return plain ? [folded, ...stems] : stems;
  };
  const exact = exactLookup(entries);
  const lookup: EntryLookup = (foldedBase) => {
    const stems = stemsFoldedTo(foldedBase);
    return stems.length === 0 ? NONE : stems.flatMap(exact);
  };
  const stems = sortedUnique([...entries.common.keys(), ...entries.proper.keys()].map(foldDiacritics));
  const suffixes = indexSuffixes(rules, foldDiacritics);
  return { analyzer: { suffixes, prefixes, lookup, stems, longestAdd: longestAdd(rules) }, stemsFoldedTo };
}

function sortedUnique(words: string[]): string[] {
  words.sort();
  return words.filter((word, index) => word !== words[index - 1]);
}

function longestAdd(rules: AffixRule[]): number {
  return Math.max(0, ...rules.map((rule) => rule.add.length));
}

// Length of the longest prefix of `word` that begins some stem; in a sorted list the stem sharing the
// longest prefix sits next to the word's insertion point.
function longestStemPrefix(word: string, stems: readonly string[]): number {
  let low = 0;
  let high = stems.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((stems[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  return Math.max(commonPrefix(word, stems[low - 1] ?? ''), commonPrefix(word, stems[low] ?? ''));
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

// Stems without Polish letters are their own folded form and are found in the plain maps, so only
// the others (about a third) need an entry here.
function foldStemsWithDiacritics(entries: DictionaryEntries): Map<string, string[]> {
  const byFold = new Map<string, string[]>();
  const add = (stem: string) => {
    const key = foldDiacritics(stem);
    if (key === stem) return;
    const bucket = byFold.get(key);
    if (bucket === undefined) byFold.set(key, [stem]);
    else if (!bucket.includes(stem)) bucket.push(stem);
  };
  for (const stem of entries.common.keys()) add(stem);
  for (const stem of entries.proper.keys()) add(stem);
  return byFold;
}

function analyze(word: string, analyzer: Analyzer): Analysis[] {
  const analyses = analyzeSuffixes(word, analyzer, undefined);
  for (const prefix of analyzer.prefixes) {
    if (prefix.add === '' || !word.startsWith(prefix.add)) continue;
    const rest = prefix.strip + word.slice(prefix.add.length);
    if (prefix.condition !== undefined && !prefix.condition.test(rest)) continue;
    for (const found of analyzeSuffixes(rest, analyzer, prefix)) {
      analyses.push({ ...found, lemma: prefix.add + found.lemma.slice(prefix.strip.length) });
    }
  }
  return analyses;
}

function analyzeSuffixes(word: string, analyzer: Analyzer, prefix: AffixRule | undefined): Analysis[] {
  const analyses: Analysis[] = [];
  for (const entry of analyzer.lookup(word)) {
    if (prefix === undefined || entry.flags.includes(prefix.flag)) {
      analyses.push({ lemma: entry.stem, proper: entry.proper, bare: entry.flags === '' });
    }
  }
  const lastCut = Math.min(word.length, longestStemPrefix(word, analyzer.stems));
  const firstCut = Math.max(1, word.length - analyzer.longestAdd);
  for (let cut = lastCut; cut >= firstCut; cut -= 1) {
    const byStrip = analyzer.suffixes.get(word.slice(cut));
    if (byStrip === undefined) continue;
    const stemPart = word.slice(0, cut);
    for (const [strip, rules] of byStrip) {
      for (const entry of analyzer.lookup(stemPart + strip)) {
        if (rules.some((rule) => derives(entry, rule, prefix))) {
          analyses.push({ lemma: entry.stem, proper: entry.proper, bare: false });
        }
      }
    }
  }
  return analyses;
}

function derives(entry: Entry, rule: AffixRule, prefix: AffixRule | undefined): boolean {
  if (!entry.flags.includes(rule.flag) || !entry.stem.endsWith(rule.strip)) return false;
  if (prefix !== undefined && !(prefix.crossProduct && rule.crossProduct && entry.flags.includes(prefix.flag))) {
    return false;
  }
  return rule.condition === undefined || rule.condition.test(entry.stem);
}

// Prefer, in turn: common words over proper names, inflected analyses over bare listed forms,
// and real words over two-letter abbreviations; fall back to whatever is left. The most likely
// lemma comes first: the form itself, else the one sharing most of its spelling, else the longer.
function pickLemmas(word: string, analyses: Analysis[]): string[] {
  let chosen = preferSome(analyses, (analysis) => !analysis.proper);
  chosen = preferSome(chosen, (analysis) => !analysis.bare);
  chosen = preferSome(chosen, (analysis) => analysis.lemma.length > 2);
  const lemmas = [...new Set(chosen.map((analysis) => analysis.lemma))];
  const likelihood = (lemma: string) => (lemma === word ? 1_000 : 10 * commonPrefix(word, lemma) + lemma.length);
  return lemmas.sort((a, b) => likelihood(b) - likelihood(a));
}

function preferSome(analyses: Analysis[], keep: (analysis: Analysis) => boolean): Analysis[] {
  const kept = analyses.filter(keep);
  return kept.length > 0 ? kept : analyses;
}
