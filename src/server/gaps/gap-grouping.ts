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

/** The distinct lemma tokens of a wording: inflected and diacritic-less forms of one word give the same token. */
export function wordingTokens(text: string): string[] {
  return [...new Set(analyzeForIndex(text, 'pl'))].sort();
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function contactKey(needs: readonly Need[], channel: Channel): string {
  return `${[...needs].sort().join(',')}|${channel}`;
}

export function matchKey(match: GapMatch): string {
  return match.kind === 'wording' ? [...new Set(match.tokens)].sort().join(' ') : contactKey(match.needs, match.channel);
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
  tokens: Set<string>;
}

function isDismissed(item: Analysed, dismissals: readonly Dismissal[]): boolean {
  const { occurrence } = item;
  return dismissals.some((dismissal) => {
    if (!covers(dismissal, occurrence)) return false;
    if (occurrence.contact)
      return dismissal.kind === 'contact' && dismissal.key === contactKey(occurrence.contact.needs, occurrence.contact.channel);
    return dismissal.kind === 'wording' && jaccard(item.tokens, new Set(dismissal.key.split(' '))) >= SIMILARITY_THRESHOLD;
  });
}

interface Cluster {
  seed: Set<string>;
  match: GapMatch;
  members: GapOccurrence[];
}

/**
 * Identical token sets are bucketed first; buckets then join, most frequent first, the cluster whose
 * seed is most similar (at least the threshold) or start their own. Comparing with the seed rather
 * than the growing union keeps a chain of loosely related wordings from merging into one group.
 */
function clusterWordings(items: readonly Analysed[]): Cluster[] {
  const buckets = new Map<string, Analysed[]>();
  for (const item of items) {
    const key = [...item.tokens].sort().join(' ');
    buckets.set(key, [...(buckets.get(key) ?? []), item]);
  }
  const ordered = [...buckets.entries()].sort(([keyA, a], [keyB, b]) => b.length - a.length || keyA.localeCompare(keyB));
  const clusters: Cluster[] = [];
  const byToken = new Map<string, Cluster[]>();
  for (const [key, bucket] of ordered) {
    const tokens = new Set(key.split(' '));
    const candidates = new Set([...tokens].flatMap((token) => byToken.get(token) ?? []));
    let best: Cluster | undefined;
    let bestScore = SIMILARITY_THRESHOLD;
    for (const cluster of candidates) {
      const score = jaccard(tokens, cluster.seed);
      if (score >= bestScore && (best === undefined || score > bestScore)) [best, bestScore] = [cluster, score];
    }
    if (best === undefined) {
      best = { seed: tokens, match: { kind: 'wording', tokens: [...tokens].sort() }, members: [] };
      clusters.push(best);
      for (const token of tokens) byToken.set(token, [...(byToken.get(token) ?? []), best]);
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
      seed: new Set<string>(),
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
  const analysed = occurrences.map((occurrence) => ({
    occurrence,
    tokens: new Set(occurrence.contact ? [] : wordingTokens(occurrence.text)),
  }));
  const open = analysed.filter((item) => !isDismissed(item, dismissals));
  const wordings = open.filter((item) => !item.occurrence.contact && item.tokens.size > 0);
  const contacts = open.filter((item) => item.occurrence.contact).map((item) => item.occurrence);
  const clusters = [...clusterWordings(wordings), ...clusterContacts(contacts)];
  return clusters.map(toGroup).sort(compare(sort));
}
