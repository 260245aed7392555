import { foldDiacritics } from './fold.ts';

// Forms the dictionary lists on their own (suppletive or stem-changing), mapped to the lemma a reader
// would search for; a lemma listed among its own forms is one the dictionary otherwise misreads. Kept to everyday words; comparatives (lepszy → dobry) stay separate on purpose,
// because their meaning differs enough to mislead ranking.
const IRREGULAR_LEMMAS: Readonly<Record<string, string>> = {
  człowiek: 'ludzie ludzi ludziom ludźmi ludziach',
  dziecko: 'dzieci dzieciom dziećmi dzieciach',
  brat: 'bracia braci braciom braćmi braciach',
  ksiądz: 'księża księży księżom księżmi księżach',
  przyjaciel: 'przyjaciół przyjaciołom przyjaciółmi przyjaciołach',
  tydzień: 'tygodnia tygodniowi tygodniem tygodniu tygodnie tygodni tygodniom tygodniami tygodniach',
  rok: 'lata lat latom latami latach',
  oko: 'oczy oczu oczom oczami oczyma',
  ucho: 'uszy uszu uszom uszami uszyma',
  ręka: 'rękoma',
  syn: 'syna',
  pan: 'panu panem panowie panów panom panami panach',
  państwo: 'państwu państwem',
  być: 'jestem jesteś jest jesteśmy jesteście są będę będziesz będzie będziemy będziecie będą',
  iść: 'iść idę idziesz idzie idziemy idziecie idą idź idźcie szedł szła szło szli szły',
  pójść: 'poszedł poszła poszło poszli poszły poszedłem poszłam',
  przejść: 'przeszedł przeszła przeszło przeszli przeszły',
  mieć: 'mam masz ma mamy macie mają',
};

let exactIndex: Map<string, string> | undefined;
let foldedIndex: Map<string, string> | undefined;

export function irregularLemma(form: string, folded = false): string | undefined {
  if (folded) {
    foldedIndex ??= invert(IRREGULAR_LEMMAS, foldDiacritics);
    return foldedIndex.get(form);
  }
  exactIndex ??= invert(IRREGULAR_LEMMAS, (word) => word);
  return exactIndex.get(form);
}

function invert(table: Readonly<Record<string, string>>, key: (form: string) => string): Map<string, string> {
  const index = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(table)) {
    for (const form of forms.split(' ')) index.set(key(form), lemma);
  }
  return index;
}
