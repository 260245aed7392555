import { describe, expect, it } from 'vitest';
import { type Dismissal, type GapOccurrence, groupGaps, similarity, wordingWords } from './gap-grouping.ts';

let second = 0;
function searchFor(text: string, branchIds: string[] = ['a']): GapOccurrence {
  second += 1;
  return {
    source: 'no_results',
    text,
    at: new Date(Date.UTC(2026, 10, 1, 10, 0, second)).toISOString(),
    branchIds,
    practice: null,
    contact: null,
  };
}

describe('wordingWords', () => {
  it('gives inflected, capitalised and diacritic-less forms of a wording the same words', () => {
    const expected = wordingWords('zgubiona karta biblioteczna');
    expect(expected).toHaveLength(3);
    expect(wordingWords('Zgubiłem kartę biblioteczną')).toEqual(expected);
    expect(wordingWords('zgubilem karte biblioteczna')).toEqual(expected);
  });

  it('drops stop words and a repeated word', () => {
    expect(wordingWords('karta i karty, a także karcie')).toEqual([['karta']]);
  });
});

describe('similarity', () => {
  it('is words in common over all distinct words, where words match by any shared lemma', () => {
    expect(similarity([['a'], ['b']], [['b'], ['c']])).toBeCloseTo(1 / 3);
    expect(similarity([['lampa', 'lampy'], ['wymian', 'wymiana'], ['zarowka']], [['wymiana'], ['zarowka']])).toBeCloseTo(2 / 3);
    expect(similarity([], [])).toBe(0);
  });
});

describe('groupGaps', () => {
  it('joins wordings at least half alike and keeps others apart', () => {
    const groups = groupGaps(
      [
        searchFor('zgubiona karta'),
        searchFor('zgubiłam kartę'),
        searchFor('zgubiona karta'),
        searchFor('zgubiona karta biblioteczna'),
        searchFor('karta podarunkowa'),
      ],
      [],
      'frequent',
    );
    expect(groups.map((group) => group.count)).toEqual([4, 1]);
    expect(groups[0]?.label.toLowerCase()).toBe('zgubiona karta');
    expect(groups[0]?.match).toEqual({ kind: 'wording', words: [['karta'], ['zgubic']] });
    expect(groups[1]?.label).toBe('karta podarunkowa');
  });

  it('compares with the first wording of a group, so a chain of loose likenesses does not merge', () => {
    const wordings = ['pies lis mysz', 'pies lis mysz', 'pies lis wilk', 'pies lis wilk', 'pies lis wilk sowa'];
    const groups = groupGaps(
      wordings.map((text) => searchFor(text)),
      [],
      'frequent',
    );
    expect(groups.map((group) => group.count)).toEqual([4, 1]);
  });

  it('groups a wording whose ambiguous words bring extra lemmas with its plain variants', () => {
    const texts = ['wymiany żarówek w lampach', 'wymiana zarowki', 'wymiana żarówki w lampie'];
    expect(
      groupGaps(
        texts.map((text) => searchFor(text)),
        [],
        'frequent',
      ).map((group) => group.count),
    ).toEqual([3]);
  });

  it('leaves out wordings with no word left (stop words only)', () => {
    expect(groupGaps([searchFor('jak to i w')], [], 'recent')).toEqual([]);
  });

  it('hides dismissed occurrences up to the dismissal time, only in the branches it covers', () => {
    const old = searchFor('zgubiona karta');
    const other = searchFor('zgubiona karta', ['b']);
    const newer = searchFor('zgubiłam kartę');
    const dismissal: Dismissal = { kind: 'wording', key: 'karta zgubic', branchIds: ['a'], upTo: other.at };
    const groups = groupGaps([old, other, newer], [dismissal], 'recent');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(2);
    expect(groups[0]?.examples.map((example) => example.text).sort()).toEqual(['zgubiona karta', 'zgubiłam kartę']);
    expect(groupGaps([old, other], [{ ...dismissal, branchIds: null }], 'recent')).toEqual([]);
  });

  it('groups contacts by their set of needs and channel, whatever their order', () => {
    const contact = (needs: GapOccurrence['contact']): GapOccurrence => ({ ...searchFor(''), source: 'no_practice', contact: needs });
    const groups = groupGaps(
      [
        contact({ needs: ['fees', 'account'], channel: 'desk' }),
        contact({ needs: ['account', 'fees'], channel: 'desk' }),
        contact({ needs: ['fees'], channel: 'desk' }),
      ],
      [{ kind: 'contact', key: 'fees|desk', branchIds: null, upTo: '2026-11-01T10:00:00.000Z' }],
      'frequent',
    );
    expect(groups.map((group) => [group.id, group.count])).toEqual([
      ['contact:account,fees|desk', 2],
      ['contact:fees|desk', 1],
    ]);
    expect(groups[0]?.examples).toEqual([]);
  });
});
