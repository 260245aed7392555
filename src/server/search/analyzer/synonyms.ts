import { type DomainWords, NO_DOMAIN_WORDS, stripComment } from './domain-words.ts';
import { tokenize } from './tokenize.ts';
import { isStopWord, type Language, wordTokens } from './word-tokens.ts';

// Members are written in their base forms, so each word stands for its most likely lemma only:
// "list" must not pull in the synonyms of "lista". A query matches a member when consecutive query
// words contain its tokens in order; a member added to a query needs all its tokens in a document.
export type SynonymMember = { text: string; tokens: string[] };

export type SynonymGroups = {
  groups: SynonymMember[][];
  // Groups and members reachable from the first token of a member.
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
  const tokens = tokenize(text, MAX_MEMBER_WORDS)
    .filter((token) => !isStopWord(token.text, language))
    .flatMap((token) => wordTokens(token.text, language, 'index', domain).tokens.slice(0, 1));
  return tokens.length === 0 ? undefined : { text: text.trim(), tokens };
}

function indexGroups(groups: SynonymMember[][]): Map<string, Array<{ group: number; member: number }>> {
  const index = new Map<string, Array<{ group: number; member: number }>>();
  groups.forEach((members, group) => {
    members.forEach((entry, member) => {
      const [token = ''] = entry.tokens;
      const bucket = index.get(token);
      if (bucket === undefined) index.set(token, [{ group, member }]);
      else bucket.push({ group, member });
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
        matches.push({ start, length: entry.tokens.length, expansions: members.filter((other) => other !== entry) });
      }
    }
  });
  return matches;
}

function spells(member: SynonymMember, words: ReadonlyArray<ReadonlySet<string>>, start: number): boolean {
  return member.tokens.every((token, offset) => words[start + offset]?.has(token) === true);
}
