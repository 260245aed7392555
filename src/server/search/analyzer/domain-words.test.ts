import { describe, expect, it } from 'vitest';
import { domainLemma, domainLemmaByStem, parseDomainWords } from './domain-words.ts';

describe('parseDomainWords', () => {
  const domain = parseDomainWords('# usługi\nLegimi\n  RODO  \ne-book\nmiędzybiblioteczny\ndwa słowa\n');

  it('reads one word per line, lower-cased, skipping comments and phrases', () => {
    expect([...domain.words]).toEqual(['legimi', 'rodo', 'e-book', 'międzybiblioteczny']);
  });

  it('recognises words typed without diacritics or hyphens', () => {
    expect(domainLemma('miedzybiblioteczny', domain)).toBe('międzybiblioteczny');
    expect(domainLemma('ebook', domain)).toBe('e-book');
  });

  it('recognises inflected forms through a light stem', () => {
    expect(domainLemmaByStem('międzybibliotecznym', domain)).toBe('międzybiblioteczny');
    expect(domainLemmaByStem('e-booków', domain)).toBe('e-book');
    expect(domainLemmaByStem('biblioteczny', domain)).toBeUndefined();
  });
});
