export type AffixKind = 'prefix' | 'suffix';

export type AffixRule = {
  kind: AffixKind;
  flag: string;
  strip: string;
  add: string;
  crossProduct: boolean;
  condition: RegExp | undefined;
};

type RuleHeader = { kind: AffixKind; crossProduct: boolean };

export function parseAffixFile(text: string): AffixRule[] {
  const headers = new Map<string, RuleHeader>();
  const conditions = new Map<string, RegExp | undefined>();
  const rules: AffixRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const fields = line.trim().split(/\s+/u);
    const [type, flag, third, fourth, fifth] = fields;
    if ((type !== 'SFX' && type !== 'PFX') || flag === undefined || third === undefined) continue;
    const kind: AffixKind = type === 'SFX' ? 'suffix' : 'prefix';
    const key = `${kind}:${flag}`;
    const header = headers.get(key);
    if (header === undefined) {
      headers.set(key, { kind, crossProduct: third === 'Y' });
      continue;
    }
    if (fourth === undefined) continue;
    const strip = third === '0' ? '' : third;
    const add = stripContinuation(fourth);
    const condition = compileCondition(fifth ?? '.', kind, conditions);
    rules.push({ kind, flag, strip, add, crossProduct: header.crossProduct, condition });
  }
  return rules;
}

// Continuation classes ("ami/X") are not used by the Polish file; the flags are ignored if present.
function stripContinuation(affix: string): string {
  const slash = affix.indexOf('/');
  const bare = slash === -1 ? affix : affix.slice(0, slash);
  return bare === '0' ? '' : bare;
}

function compileCondition(condition: string, kind: AffixKind, cache: Map<string, RegExp | undefined>): RegExp | undefined {
  const key = `${kind}:${condition}`;
  if (cache.has(key)) return cache.get(key);
  const compiled = condition === '.' ? undefined : new RegExp(kind === 'suffix' ? `(?:${condition})$` : `^(?:${condition})`, 'u');
  cache.set(key, compiled);
  return compiled;
}
