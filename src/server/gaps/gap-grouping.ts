import type { GapExample, GapGroup, GapMatch, GapPracticeRef, GapSort, GapSource, GapSourceCounts } from '../../shared/gaps.schema.ts';
import type { Channel, Need } from '../../shared/practices.schema.ts';
import { analyzeForIndex } from '../search/analyzer/index.ts';

/** Two wordings belong together when their token sets overlap at least this much (Jaccard). */
export const SIMILARITY_THRESHOLD = 0.5;
const MAX_EXAMPLES = 5;

/** One thing that went unanswered: a search, a "Nie pomogło", or a contact with no practice. */
export interface GapOccurrence {
  source: GapSource;
  /** The query, the feedback comment (or the practice's title), or the contact's note ('' when none). */
  text: string;
  at: string;
  /** The branches it counts for; empty when it belongs to no branch (an administrator's search). */
  branchIds: readonly string[];
  practice: GapPracticeRef | null;
  /** Only for a contact with no practice. */
  contact: { needs: readonly Need[]; channel: Channel } | null;
}

/** One word of a wording as its lemmas: an ambiguous form (wymiany → wymiana, wymian) has several. */
export type Word = readonly string[];

const WORD_PATTERN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The words of a wording that carry meaning (stop words dropped), each as its sorted lemma tokens,
 * so inflected and diacritic-less forms of one word match. A word sharing a lemma with an earlier
 * one is the same word repeated. Sorted, so one wording always gives the same key.
 */
export function wordingWords(text: string): Word[] {
  const words: Word[] = [];
  for (const [word] of text.matchAll(WORD_PATTERN)) {
    const lemmas = [...new Set(analyzeForIndex(word, 'pl'))].sort();
    if (lemmas.length > 0 && !words.some((other) => sameWord(other, lemmas))) words.push(lemmas);
  }
  return words.sort((a, b) => a.join('|').localeCompare(b.join('|')));
}

export function sameWord(a: Word, b: Word): boolean {
  return a.some((lemma) => b.includes(lemma));
}

/** Jaccard over words: words in common (sharing a lemma) over all distinct words of the two. */
export function similarity(a: readonly Word[], b: readonly Word[]): number {
  const used = new Set<number>();
  let shared = 0;
  for (const word of a) {
    const match = b.findIndex((other, index) => !used.has(index) && sameWord(word, other));
    if (match < 0) continue;
    used.add(match);
    shared += 1;
  }
  const all = a.length + b.length - shared;
  return all === 0 ? 0 : shared / all;
}

export function contactKey(needs: readonly Need[], channel: Channel): string {
  return `${[...needs].sort().join(',')}|${channel}`;
}

const wordsKey = (words: readonly Word[]) =>
  words
    .map((word) => [...new Set(word)].sort().join('|'))
    .sort()
    .join(' ');

export function parseWords(key: string): string[][] {
  return key.split(' ').map((word) => word.split('|'));
}

export function matchKey(match: GapMatch): string {
  return match.kind === 'wording' ? wordsKey(match.words) : contactKey(match.needs, match.channel);
}

/** A stored "załatwione": hides matching occurrences up to `upTo` in the branches it covers. */
export interface Dismissal {
  kind: GapMatch['kind'];
  key: string;
  /** null: every branch, and occurrences of no branch. */
  branchIds: readonly string[] | null;
  upTo: string;
}

function covers(dismissal: Dismissal, occurrence: GapOccurrence): boolean {
  if (Date.parse(occurrence.at) > Date.parse(dismissal.upTo)) return false;
  if (dismissal.branchIds === null) return true;
  return occurrence.branchIds.some((id) => dismissal.branchIds?.includes(id));
}

interface Analysed {
  occurrence: GapOccurrence;
  words: Word[];
}

function isDismissed(item: Analysed, dismissals: readonly Dismissal[]): boolean {
  const { occurrence } = item;
  return dismissals.some((dismissal) => {
    if (!covers(dismissal, occurrence)) return false;
    if (occurrence.contact)
      return dismissal.kind === 'contact' && dismissal.key === contactKey(occurrence.contact.needs, occurrence.contact.channel);
    return dismissal.kind === 'wording' && similarity(item.words, parseWords(dismissal.key)) >= SIMILARITY_THRESHOLD;
  });
}

interface Cluster {
  seed: Word[];
  match: GapMatch;
  members: GapOccurrence[];
}

/**
 * Identical wordings (by their words' lemmas) are bucketed first; buckets then join, most frequent
 * and shortest first, the cluster whose seed is most similar (at least the threshold) or start their
 * own. Comparing with the seed rather than the growing group keeps a chain of loosely related
 * wordings from merging into one.
 */
function clusterWordings(items: readonly Analysed[]): Cluster[] {
  const buckets = new Map<string, Analysed[]>();
  for (const item of items) {
    const key = wordsKey(item.words);
    buckets.set(key, [...(buckets.get(key) ?? []), item]);
  }
  const ordered = [...buckets.entries()].sort(
    ([keyA, a], [keyB, b]) => b.length - a.length || (a[0]?.words.length ?? 0) - (b[0]?.words.length ?? 0) || keyA.localeCompare(keyB),
  );
  const clusters: Cluster[] = [];
  const byLemma = new Map<string, Cluster[]>();
  for (const [, bucket] of ordered) {
    const words = bucket[0]?.words ?? [];
    const candidates = new Set(words.flat().flatMap((lemma) => byLemma.get(lemma) ?? []));
    const scored = [...candidates].map((cluster) => ({ cluster, score: similarity(words, cluster.seed) }));
    let best = scored.filter(({ score }) => score >= SIMILARITY_THRESHOLD).sort((a, b) => b.score - a.score)[0]?.cluster;
    if (best === undefined) {
      best = { seed: words, match: { kind: 'wording', words: words.map((word) => [...word]) }, members: [] };
      clusters.push(best);
      for (const lemma of new Set(words.flat())) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), best]);
    }
    best.members.push(...bucket.map((item) => item.occurrence));
  }
  return clusters;
}

function clusterContacts(occurrences: readonly GapOccurrence[]): Cluster[] {
  const clusters = new Map<string, Cluster>();
  for (const occurrence of occurrences) {
    if (!occurrence.contact) continue;
    const { needs, channel } = occurrence.contact;
    const key = contactKey(needs, channel);
    const cluster = clusters.get(key) ?? {
      seed: [],
      match: { kind: 'contact', needs: [...needs].sort(), channel },
      members: [],
    };
    cluster.members.push(occurrence);
    clusters.set(key, cluster);
  }
  return [...clusters.values()];
}

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');
const latest = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

function examplesOf(members: readonly GapOccurrence[]): GapExample[] {
  const examples = new Map<string, GapExample>();
  for (const member of members) {
    if (member.text.trim() === '') continue;
    const key = `${member.source}\u0000${member.practice?.id ?? ''}\u0000${normalised(member.text)}`;
    const found = examples.get(key);
    if (found) examples.set(key, { ...found, count: found.count + 1, lastSeenAt: latest(found.lastSeenAt, member.at) });
    else examples.set(key, { text: member.text.trim(), source: member.source, count: 1, lastSeenAt: member.at, practice: member.practice });
  }
  return [...examples.values()].sort((a, b) => b.count - a.count || Date.parse(b.lastSeenAt) - Date.parse(a.lastSeenAt));
}

/** The wording people used most often (the most recent one on a tie); feedback about a practice counts by its text too. */
function labelOf(cluster: Cluster, examples: readonly GapExample[]): string {
  if (cluster.match.kind === 'contact') return '';
  const counts = new Map<string, { text: string; count: number; last: string }>();
  for (const example of examples) {
    const key = normalised(example.text);
    const found = counts.get(key);
    counts.set(key, {
      text: found?.text ?? example.text,
      count: (found?.count ?? 0) + example.count,
      last: found ? latest(found.last, example.lastSeenAt) : example.lastSeenAt,
    });
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count || Date.parse(b.last) - Date.parse(a.last))[0];
  return best?.text ?? '';
}

function toGroup(cluster: Cluster): GapGroup {
  const sources: GapSourceCounts = { no_results: 0, not_opened: 0, not_helpful: 0, no_practice: 0 };
  const practices = new Map<string, GapPracticeRef>();
  let first = cluster.members[0]?.at ?? '';
  let last = first;
  for (const member of cluster.members) {
    sources[member.source] += 1;
    if (member.practice) practices.set(member.practice.id, member.practice);
    if (Date.parse(member.at) < Date.parse(first)) first = member.at;
    last = latest(last, member.at);
  }
  const examples = examplesOf(cluster.members);
  const { match } = cluster;
  return {
    id: `${match.kind}:${matchKey(match)}`,
    kind: match.kind,
    label: labelOf(cluster, examples),
    count: cluster.members.length,
    firstSeenAt: first,
    lastSeenAt: last,
    sources,
    examples: examples.slice(0, MAX_EXAMPLES),
    practices: [...practices.values()],
    needs: match.kind === 'contact' ? match.needs : [],
    channel: match.kind === 'contact' ? match.channel : null,
    match,
  };
}

function compare(sort: GapSort) {
  const byRecent = (a: GapGroup, b: GapGroup) => Date.parse(b.lastSeenAt) - Date.parse(a.lastSeenAt) || a.id.localeCompare(b.id);
  if (sort === 'recent') return byRecent;
  return (a: GapGroup, b: GapGroup) => b.count - a.count || byRecent(a, b);
}

/** Occurrences not yet dismissed, grouped by similar wording (or by needs and channel), counted and sorted. */
export function groupGaps(occurrences: readonly GapOccurrence[], dismissals: readonly Dismissal[], sort: GapSort): GapGroup[] {
  // The same wording comes back many times; analysing it once keeps a busy quarter fast.
  const known = new Map<string, Word[]>();
  const wordsOf = (text: string): Word[] => {
    const found = known.get(text) ?? wordingWords(text);
    known.set(text, found);
    return found;
  };
  const analysed = occurrences.map((occurrence) => ({ occurrence, words: occurrence.contact ? [] : wordsOf(occurrence.text) }));
  const open = analysed.filter((item) => !isDismissed(item, dismissals));
  const wordings = open.filter((item) => !item.occurrence.contact && item.words.length > 0);
  const contacts = open.filter((item) => item.occurrence.contact).map((item) => item.occurrence);
  const clusters = [...clusterWordings(wordings), ...clusterContacts(contacts)];
  return clusters.map(toGroup).sort(compare(sort));
}
