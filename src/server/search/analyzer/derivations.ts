import { foldDiacritics } from './fold.ts';
import { loadHunspell } from './hunspell.ts';
import { createLruCache } from './lru-cache.ts';

/**
 * Words the dictionary lists as lemmas of their own although a reader means the same thing, found
 * by regular Polish word formation and kept only when the dictionary knows the result:
 * - verbal aspect pairs: oddać ~ oddawać, zwrócić ~ zwracać, odwołać ~ odwoływać, zgłosić ~ zgłaszać,
 *   odebrać ~ odbierać, przyjść ~ przychodzić, ściągnąć ~ ściągać, przyjąć ~ przyjmować;
 * - feminine forms: czytelniczka ~ czytelnik, bibliotekarka ~ bibliotekarz, pracownica ~ pracownik;
 * - diminutives: książeczka ~ książka, biblioteczka ~ biblioteka, okienko ~ okno, stolik ~ stół;
 * - adverbs and their adjectives: głośno ~ głośny, długo ~ długi.
 * Everything works on folded lemmas (as index tokens are), so queries typed without Polish letters
 * get the same relatives.
 */

export type Kind = 'verb' | 'noun' | 'adverb';

/**
 * Pairs of endings that form the same word in another aspect, gender or size, tried both ways:
 * [ending, its partner, shortest stem left before the ending]. Verb pairs also try the stem's
 * regular alternations (zwracać ~ zwrócić, zgłaszać ~ zgłosić, puszczać ~ puścić).
 */
const ENDING_PAIRS: Record<Kind, ReadonlyArray<readonly [string, string, number]>> = {
  verb: [
    ['ywac', 'ac', 3],
    ['iwac', 'ac', 3],
    ['awac', 'ac', 1],
    ['ac', 'ic', 3],
    ['ac', 'yc', 3],
    ['iac', 'ic', 3],
    ['ac', 'nac', 3],
    ['ykac', 'knac', 2],
    ['giwac', 'zyc', 3],
    ['owac', 'ic', 3],
    ['bierac', 'brac', 1],
    ['bierac', 'ebrac', 1],
    ['sylac', 'slac', 1],
    ['sylac', 'eslac', 1],
    ['jmowac', 'jac', 1],
    ['ejmowac', 'jac', 1],
    ['czynac', 'czac', 2],
    ['chodzic', 'jsc', 1],
    ['chodzic', 'ejsc', 1],
    ['nosic', 'niesc', 1],
    ['wozic', 'wiezc', 1],
    ['kladac', 'lozyc', 1],
    ['rywac', 'rwac', 1],
    ['rywac', 'erwac', 1],
    ['pominac', 'pomniec', 1],
    ['mykac', 'mknac', 1],
    ['wierac', 'worzyc', 1],
    ['magac', 'moc', 1],
    ['wiadac', 'wiedziec', 1],
    ['cinac', 'ciac', 1],
    ['pinac', 'piac', 1],
    ['ajac', 'oic', 2],
  ],
  noun: [
    // Feminine forms.
    ['niczka', 'nik', 3],
    ['nica', 'nik', 3],
    ['arka', 'arz', 3],
    ['ka', '', 4],
    ['anka', 'aniec', 3],
    ['inka', 'iniec', 3],
    ['mka', 'miec', 4],
    ['czyni', 'ca', 4],
    // Diminutives.
    ['eczka', 'ka', 3],
    ['czka', 'ka', 4],
    ['ienko', 'no', 2],
    ['eczko', 'ko', 3],
    ['ik', '', 4],
    ['ek', '', 4],
    ['yk', '', 4],
  ],
  adverb: [
    ['o', 'y', 3],
    ['o', 'i', 3],
    ['ie', 'y', 3],
    ['nie', 'ny', 3],
  ],
};

/** Endings of aspect pairs whose stems also differ in a vowel: zwracać ~ zwrócić, ustępować ~ ustąpić. */
const ASPECT_VOWELS: ReadonlyArray<readonly [string, string, string, string]> = [
  // [imperfective ending, perfective ending, the imperfective's vowel, the perfective's]
  ['ac', 'ic', 'a', 'o'],
  ['ac', 'yc', 'a', 'o'],
  ['iac', 'ic', 'a', 'o'],
  ['owac', 'ic', 'e', 'a'],
];

/** Nouns in -o or -ie whose "adjective" is another word (prawo is law, not prawy) and adverbs of two meanings. */
const NOT_ADVERBS = new Set([
  'prawo',
  'dobro',
  'zlo',
  'cialo',
  'pismo',
  'piwo',
  'lato',
  'mieso',
  'drzewo',
  'slowo',
  'zloto',
  'mleko',
  'wino',
  'okno',
  'wolno',
  'zycie',
]);

/** Dictionary words that a stripped suffix would reach by accident (książ is not a short książka). */
const NOT_BASES = new Set(['ksiaz']);

/** Consonants that alternate at the end of a verb stem: zgłaszać ~ zgłosić, puszczać ~ puścić, chwytać ~ chwycić. */
const STEM_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  ['sz', 's'],
  ['szcz', 'sc'],
  ['t', 'c'],
];

const CACHE_CAPACITY = 20_000;
const cache = createLruCache<readonly string[]>(CACHE_CAPACITY);
const known = createLruCache<boolean>(CACHE_CAPACITY);

const MIN_WORD = 4;

/** Folded lemmas related to the folded lemma by word formation, excluding the lemma itself. */
export function derivedLemmas(lemma: string, only?: Kind): readonly string[] {
  const key = only === undefined ? lemma : `${only}:${lemma}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = lemma.length < MIN_WORD || !/^[a-z]+$/u.test(lemma) ? [] : candidates(lemma, only).filter(isLemma);
  const result = [...new Set(found)].filter((word) => word !== lemma);
  cache.set(key, result);
  return result;
}

function candidates(lemma: string, only: Kind | undefined): string[] {
  const out: string[] = [];
  for (const [kind, pairs] of Object.entries(ENDING_PAIRS) as Array<[Kind, (typeof ENDING_PAIRS)[Kind]]>) {
    if (only !== undefined && kind !== only) continue;
    for (const [derived, base, minStem] of pairs) {
      for (const [from, to] of [
        [derived, base],
        [base, derived],
      ] as const) {
        if (!lemma.endsWith(from)) continue;
        const stem = lemma.slice(0, lemma.length - from.length);
        if (stem.length < minStem || !allowed(kind, lemma, from, to)) continue;
        if (kind === 'verb' && !isVerb(lemma)) continue;
        const variants = kind === 'verb' ? verbStems(stem, from, to) : [stem];
        for (const variant of variants) {
          const candidate = variant + to;
          if (candidate.length < MIN_WORD || NOT_BASES.has(candidate)) continue;
          if (kind === 'adverb' && NOT_ADVERBS.has(candidate)) continue;
          if (kind === 'verb' && !isVerb(candidate)) continue;
          out.push(candidate);
        }
      }
    }
  }
  return out;
}

function allowed(kind: Kind, lemma: string, from: string, to: string): boolean {
  if (kind === 'adverb') return !NOT_ADVERBS.has(lemma);
  // Of the suffixes only the diminutive -ik is added, to a noun ending in a consonant (stół ~ stolik):
  // -ka would turn zapis into zapiska, and the prefix alternative already reaches studentka from student.
  if (kind === 'noun' && from === '') return /[bdfghklmnprstwz]$/u.test(lemma) && !lemma.endsWith('c') && to === 'ik';
  return true;
}

// The stem as is, with an alternating final consonant, and with the vowel the other aspect has.
function verbStems(stem: string, from: string, to: string): string[] {
  const variants = new Set([stem]);
  for (const base of [...variants]) {
    for (const [x, y] of STEM_ALTERNATIONS) {
      if (base.endsWith(x)) variants.add(base.slice(0, -x.length) + y);
      if (base.endsWith(y)) variants.add(base.slice(0, -y.length) + x);
    }
  }
  for (const [imperfective, perfective, imperfectiveVowel, perfectiveVowel] of ASPECT_VOWELS) {
    const [have, want] =
      from === imperfective && to === perfective
        ? [imperfectiveVowel, perfectiveVowel]
        : from === perfective && to === imperfective
          ? [perfectiveVowel, imperfectiveVowel]
          : ['', ''];
    if (have === '') continue;
    for (const base of [...variants]) {
      const last = /[aeiouy](?=[^aeiouy]*$)/u.exec(base);
      if (last === null || last[0] !== have) continue;
      variants.add(base.slice(0, last.index) + want + base.slice(last.index + 1));
    }
  }
  return [...variants];
}

// Infinitives end in -ć (a few in -c: móc, piec); nouns such as miesiąc share the folded ending.
function isVerb(folded: string): boolean {
  return loadHunspell()
    .lemmasFoldedTo(folded)
    .some((stem) => stem.endsWith('ć') || stem.endsWith('óc'));
}

// A word the dictionary lists as a lemma of its own (possibly spelled with Polish letters).
function isLemma(folded: string): boolean {
  const cached = known.get(folded);
  if (cached !== undefined) return cached;
  const result = loadHunspell()
    .lemmasFoldedTo(folded)
    .some((stem) => foldDiacritics(stem) === folded && stem === stem.toLowerCase() && !stem.endsWith('ąc'));
  known.set(folded, result);
  return result;
}
