import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PracticeV1, PracticeV1Schema } from '../../shared/practices.schema.ts';
import { PACKAGE_ROOT } from '../paths.ts';
import { decodeFile, formatUpdatedAt, parseJsonl, toJsonl } from './practice-interchange.ts';
import { parseMarkdown, toMarkdown } from './practice-markdown.ts';
import { addMonths } from './practice-settings.service.ts';
import { slugify } from './practice-slug.ts';

const EVAL_PRACTICES = path.join(PACKAGE_ROOT, '..', 'shared', 'eval', 'search', 'practices.jsonl');

const tricky: PracticeV1 = {
  format: 'practice/v1',
  id: 'trudne-znaki',
  title: 'yes',
  language: 'pl',
  summary: '  spacje na brzegach  ',
  situation: 'Wiele\nwierszy\n\n',
  signals: ['- nie lista', '# nie nagłówek', 'a: b', '', '---'],
  steps: ['"cudzysłów"', "'apostrof'", '{json}', '[1, 2]'],
  say: ['null', 'true', '1e3', '0x10', '~'],
  avoid: ['&anchor', '*alias', '!tag', '%dir', '@at', '`tick`'],
  channels: ['desk'],
  attitudes: [],
  needs: ['other'],
  tags: ['2024-01-01', 'ąęśćżźńół'],
  body: '---\nformat: nie to\n---\n\nTreść z <script>alert(1)</script>\n\n\n',
  status: 'in_review',
  updatedAt: '2026-01-02T03:04:05Z',
  source: '',
};

describe('practice/v1 Markdown', () => {
  it('round-trips values YAML would otherwise reinterpret, and a body with its own rules and trailing lines', () => {
    const other: PracticeV1 = { ...tricky, id: 'druga', body: '' };
    const parsed = parseMarkdown('pl', toMarkdown([tricky, other]));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.entries.map((entry) => entry.value)).toEqual([tricky, other]);
    expect(parsed.entries.map((entry) => entry.line)).toEqual([1, expect.any(Number)]);
  });

  it('round-trips every practice of the shared evaluation set', () => {
    const practices = fs
      .readFileSync(EVAL_PRACTICES, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => PracticeV1Schema.parse(JSON.parse(line)));
    const parsed = parseMarkdown('pl', toMarkdown(practices.map((practice) => ({ format: 'practice/v1', ...practice }))));
    expect(parsed.entries.map((entry) => entry.errors)).toEqual(practices.map(() => []));
    expect(parsed.entries.map((entry) => entry.value)).toEqual(practices.map((practice) => ({ format: 'practice/v1', ...practice })));
  });

  it('reads a hand-written file with Windows line ends and no format marker', () => {
    const parsed = parseMarkdown('en', '---\r\nid: recznie\r\ntitle: Ręcznie pisana\r\nlanguage: pl\r\n---\r\nTreść\r\n');
    expect(parsed.entries[0]?.value).toEqual({ id: 'recznie', title: 'Ręcznie pisana', language: 'pl', body: 'Treść' });
  });

  it('explains a missing or broken front matter', () => {
    expect(parseMarkdown('en', 'Just text').fileErrors[0]?.code).toBe('front_matter');
    expect(parseMarkdown('en', '---\nid: [unclosed\n---\n').entries[0]?.errors[0]?.code).toBe('front_matter');
    expect(parseMarkdown('en', '---\nid: bez-konca\n').entries[0]?.errors[0]?.code).toBe('front_matter');
  });
});

describe('practice/v1 JSON Lines', () => {
  it('round-trips through text, skipping blank lines and CRLF line ends', () => {
    const text = toJsonl([tricky]).replace('\n', '\r\n');
    const parsed = parseJsonl('pl', `\n${text}\n`);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]).toMatchObject({ line: 2, value: tricky, errors: [] });
  });

  it('decodes UTF-8 files and turns other encodings into a not-UTF-8 error with its line', () => {
    expect(decodeFile(Buffer.from('\uFEFF{"a":1}', 'utf8'))).toBe('{"a":1}');
    const latin2 = decodeFile(Buffer.from('{"id":"a"}\n{"title":"\xbf\xf3\xb3w"}\n', 'latin1'));
    expect(parseJsonl('en', latin2).fileErrors[0]?.message).toBe(
      'The file is not encoded in UTF-8 (line 2). Save it as UTF-8 and try again.',
    );
    const utf16 = decodeFile(Buffer.from('\uFEFF{"id":"a"}', 'utf16le'));
    expect(parseJsonl('pl', utf16).fileErrors[0]?.code).toBe('not_utf8');
  });

  it('numbers lines above a thousand without a thousands separator', () => {
    const text = `${'\n'.repeat(1233)}{"id": 1}\n`;
    expect(parseJsonl('pl', text).entries[0]?.line).toBe(1234);
    const duplicate = `${'\n'.repeat(1233)}{"id":"a","title":"abc","language":"pl"}\n{"id":"a","title":"abc","language":"pl"}\n`;
    expect(parseJsonl('pl', duplicate).entries[1]?.errors[0]?.message).toBe('Identyfikator „a” występuje w pliku już w wierszu 1234.');
  });

  it('writes updatedAt without milliseconds when there are none', () => {
    expect(formatUpdatedAt('2026-01-02T03:04:05.000Z')).toBe('2026-01-02T03:04:05Z');
    expect(formatUpdatedAt('2026-01-02T05:04:05.120+02:00')).toBe('2026-01-02T03:04:05.120Z');
  });
});

describe('slugify', () => {
  it('folds Polish letters and punctuation into a valid slug', () => {
    expect(slugify('Żółć – gęślą jaźń! (Łódź)')).toBe('zolc-gesla-jazn-lodz');
    expect(slugify('???')).toBe('praktyka');
    expect(slugify(`${'słowo '.repeat(40)}`).length).toBeLessThanOrEqual(100);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month and clamps it to the month’s end', () => {
    expect(addMonths('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths('2026-11-29T12:00:00.000Z', 12)).toBe('2027-11-29T12:00:00.000Z');
    expect(addMonths('2028-02-29T00:00:00.000Z', 12)).toBe('2029-02-28T00:00:00.000Z');
  });
});
