import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';

describe('foldText', () => {
  it('ignores case and Polish diacritics, including ł', () => {
    expect(foldText('Łódź Śródmieście ŻÓŁW')).toBe('lodz srodmiescie zolw');
  });

  it('leaves plain text as it is', () => {
    expect(foldText('anna.nowak@biblioteka.pl')).toBe('anna.nowak@biblioteka.pl');
  });
});
