import { foldDiacritics } from './fold.ts';

// Function words only. Nouns of address such as "pan" and "pani" stay searchable: "starsza pani"
// must still reach practices about seniors.
const POLISH = `
a aby abyś abym aż ach albo ale ani aj ależ bardzo bez bo bowiem by byli bym byś być był była było były
będzie będą będę chyba ci cię ciebie co coś czy czyli czym czemu dla do dlaczego dlatego gdy gdyż gdzie
go i ich ile im iż ja jak jaka jaki jakie jakiś jakaś jakieś jako je jego jej jemu jest jestem jesteś
jeszcze jeśli jeżeli już ją ku lub ma mi mnie mną mu my na nad nam nami nas nasz nasza nasze naszego
naszej nawet nic nich nie niech niego niej niemu nim nią niż no o od oraz on ona one oni ono oto owszem
po pod podczas ponieważ przed przez przy się są sobie sobą swoje swój swoja swojego swojej ta tak taki
taka takie także tam te tego tej temu ten to tobie tobą toteż tu tutaj twoje twój ty tym tymi tę tą u w
we więc wy wam was z za zaś ze że żeby też tylko np itp itd tzn tj czyż czego komu kogo kim którą która
które którego której któremu który których którym którymi którzy mój moja moje mojego mojej
kiedy kto ktoś kogoś komuś czegoś gdzieś wtedy również czyj czyja czyje in tzw wg ww
`;

const ENGLISH = `
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself yourselves
`;

const polishStopWords = toFoldedSet(POLISH);
const englishStopWords = toFoldedSet(ENGLISH);

export function isPolishStopWord(word: string): boolean {
  return polishStopWords.has(foldDiacritics(word));
}

export function isEnglishStopWord(word: string): boolean {
  return englishStopWords.has(word);
}

function toFoldedSet(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/u)
      .filter((word) => word !== '')
      .map(foldDiacritics),
  );
}
