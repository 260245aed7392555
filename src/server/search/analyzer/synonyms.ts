import { type DomainWords, NO_DOMAIN_WORDS, stripComment } from './domain-words.ts';
import { tokenize } from './tokenize.ts';
import { isStopWord, type Language, wordTokens } from './word-tokens.ts';

export type SynonymMember = {
  text: string;
  // Per word of the member, every token it may stand for; a query matches when each word meets one.
  words: string[][];
  // What the member adds to a query: one token per word, all of which a document should contain.
  tokens: string[];
};

export type SynonymGroups = {
  groups: SynonymMember[][];
  // Groups and members reachable from the tokens of a member's first word.
  byFirstToken: ReadonlyMap<string, ReadonlyArray<{ group: number; member: number }>>;
};

export type SynonymOptions = { language?: Language; domainWords?: DomainWords };

const MAX_MEMBER_WORDS = 6;

export const NO_SYNONYMS: SynonymGroups = { groups: [], byFirstToken: new Map() };

// One group per line; members separated by commas or "~"; "#" starts a comment.
export function parseSynonyms(text: string, options: SynonymOptions = {}): SynonymGroups {
  const language = options.language ?? 'pl';
  const domain = options.domainWords ?? NO_DOMAIN_WORDS;
  const groups: SynonymMember[][] = [];
  for (const line of text.split(/\r?\n/u)) {
    const members = stripComment(line)
      .split(/[,~]/u)
      .map((member) => parseMember(member, language, domain))
      .filter((member) => member !== undefined);
    if (members.length > 1) groups.push(members);
  }
  return { groups, byFirstToken: indexGroups(groups) };
}

function parseMember(text: string, language: Language, domain: DomainWords): SynonymMember | undefined {
  const words = tokenize(text, MAX_MEMBER_WORDS)
    .filter((token) => !isStopWord(token.text, language))
    .map((token) => wordTokens(token.text, language, 'index', domain).tokens)
    .filter((tokens) => tokens.length > 0);
  const tokens = words.map((alternatives) => alternatives[0] ?? '');
  if (words.length === 0) return undefined;
  return { text: text.trim(), words, tokens };
}

function indexGroups(groups: SynonymMember[][]): Map<string, Array<{ group: number; member: number }>> {
  const index = new Map<string, Array<{ group: number; member: number }>>();
  groups.forEach((members, group) => {
    members.forEach((entry, member) => {
      for (const token of entry.words[0] ?? []) {
        const bucket = index.get(token);
        if (bucket === undefined) index.set(token, [{ group, member }]);
        else bucket.push({ group, member });
      }
    });
  });
  return index;
}

export type SynonymMatch = { start: number; length: number; expansions: SynonymMember[] };

// Finds members spelled out by consecutive query words (each given as its set of tokens).
export function matchSynonyms(words: ReadonlyArray<ReadonlySet<string>>, synonyms: SynonymGroups): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  words.forEach((first, start) => {
    const seen = new Set<string>();
    for (const token of first) {
      for (const { group, member } of synonyms.byFirstToken.get(token) ?? []) {
        const key = `${group}:${member}`;
        const members = synonyms.groups[group] ?? [];
        const entry = members[member];
        if (seen.has(key) || entry === undefined || !spells(entry, words, start)) continue;
        seen.add(key);
        matches.push({ start, length: entry.words.length, expansions: members.filter((other) => other !== entry) });
      }
    }
  });
  return matches;
}

function spells(member: SynonymMember, words: ReadonlyArray<ReadonlySet<string>>, start: number): boolean {
  return member.words.every((alternatives, offset) => {
    const word = words[start + offset];
    return word !== undefined && alternatives.some((token) => word.has(token));
  });
}
