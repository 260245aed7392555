// Keys next to each other on the Polish (QWERTY) keyboard, plus letters that sound alike once
// diacritics are gone (ó/u, i/y/j, ż/rz/sz): the substitutions people actually make.
const NEAR: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qeas',
  e: 'wrsd',
  r: 'etdfz',
  t: 'ryfgd',
  y: 'tughi',
  u: 'yihjo',
  i: 'uojkyj',
  o: 'ipklu',
  p: 'ol',
  a: 'qwsze',
  s: 'awedzxc',
  d: 'serfxct',
  f: 'drtgcv',
  g: 'ftyhvbk',
  h: 'gyujbnc',
  j: 'huiknmi',
  k: 'jiolmg',
  l: 'kop',
  z: 'asxrs',
  x: 'zsdc',
  c: 'xdfvs',
  v: 'cfgbw',
  b: 'vghnp',
  n: 'bhjm',
  m: 'njk',
};
// Letters most often left out: vowels and the second halves of rz, sz, cz, ch, dz, ie.
const OFTEN_OMITTED = 'aeiouyzhrn';

// Single edits a typist plausibly made: any deletion or swap of neighbours, a nearby or
// similar-sounding letter instead of the right one, a doubled, nearby or often omitted letter added.
export function singleEdits(word: string): Set<string> {
  const edits = new Set<string>();
  for (let index = 0; index <= word.length; index += 1) {
    const head = word.slice(0, index);
    const tail = word.slice(index);
    const current = tail[0] ?? '';
    if (current !== '') edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + (tail[1] ?? '') + current + tail.slice(2));
    for (const letter of NEAR[current] ?? '') edits.add(head + letter + tail.slice(1));
    for (const letter of insertable(word[index - 1] ?? '', current)) edits.add(head + letter + tail);
  }
  edits.delete(word);
  return edits;
}

function insertable(before: string, after: string): Set<string> {
  return new Set(before + after + (NEAR[before] ?? '') + (NEAR[after] ?? '') + OFTEN_OMITTED);
}
