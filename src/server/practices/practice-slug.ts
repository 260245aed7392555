const POLISH: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const MAX_BASE = 100;

/** Words that name the collection's own pages in the API and the web app, so a slug cannot hide them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'binder',
  'export',
  'flags',
  'import',
  'mine',
  'needs-review',
  'new',
  'review-queue',
  'settings',
]);

/** A readable slug from a Polish or English title: "Czytelnik zgubił książkę" → "czytelnik-zgubil-ksiazke". */
export function slugify(title: string): string {
  const folded = title
    .toLocaleLowerCase('pl')
    .replaceAll(/[ąćęłńóśźż]/g, (letter) => POLISH[letter] ?? letter)
    .normalize('NFD')
    .replaceAll(/\p{M}/gu, '');
  const words = folded.split(/[^a-z0-9]+/).filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_BASE) break;
    slug = next;
  }
  return slug === '' ? 'praktyka' : slug;
}
