export type DictionaryEntries = {
  // Keys are lower-case stems; values are the concatenated single-character affix flags.
  common: Map<string, string>;
  proper: Map<string, string>;
};

export function parseDictionaryFile(text: string): DictionaryEntries {
  const common = new Map<string, string>();
  const proper = new Map<string, string>();
  const lines = text.split('\n');
  // The first line holds only the approximate entry count.
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]?.trim() ?? '';
    if (line === '') continue;
    const slash = line.indexOf('/');
    const word = slash === -1 ? line : line.slice(0, slash);
    const flags = slash === -1 ? '' : line.slice(slash + 1);
    const lower = word.toLocaleLowerCase('pl');
    const target = lower === word ? common : proper;
    target.set(lower, mergeFlags(target.get(lower), flags));
  }
  return { common, proper };
}

function mergeFlags(existing: string | undefined, flags: string): string {
  if (existing === undefined || existing === flags) return flags;
  let merged = existing;
  for (const flag of flags) if (!merged.includes(flag)) merged += flag;
  return merged;
}
