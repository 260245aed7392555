export type DictionaryEntries = {
  // Keys are lower-case stems; values are the concatenated single-character affix flags.
  common: Map<string, string>;
  proper: Map<string, string>;
};

const UPPER_CASE = /\p{Lu}/u;

export function parseDictionaryFile(text: string): DictionaryEntries {
  const common = new Map<string, string>();
  const proper = new Map<string, string>();
  // The first line holds only the approximate entry count. Lines are walked in place rather than
  // split, which keeps the load from allocating a second copy of a 300,000-line file.
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    addEntry(text.slice(start, end).trim(), common, proper);
    start = end + 1;
  }
  return { common, proper };
}

function addEntry(line: string, common: Map<string, string>, proper: Map<string, string>): void {
  if (line === '') return;
  const slash = line.indexOf('/');
  const word = slash === -1 ? line : line.slice(0, slash);
  const flags = slash === -1 ? '' : line.slice(slash + 1);
  const isProper = UPPER_CASE.test(word);
  const target = isProper ? proper : common;
  const key = isProper ? word.toLocaleLowerCase('pl') : word;
  target.set(key, mergeFlags(target.get(key), flags));
}

function mergeFlags(existing: string | undefined, flags: string): string {
  if (existing === undefined || existing === flags) return flags;
  let merged = existing;
  for (const flag of flags) if (!merged.includes(flag)) merged += flag;
  return merged;
}
