import { inflateSync } from 'node:zlib';
import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';

/** Markup and script in every field of a practice; every one of them must stay visible text and never run. */
export const XSS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '"><svg onload="window.__xss = \'svg\'">',
  '<a href="javascript:window.__xss = \'href\'">klik</a>',
  '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
] as const;

/** The body adds what only Markdown can carry: a javascript: link, and raw HTML blocks. */
export const XSS_BODY = [
  ...XSS,
  '[link markdown](javascript:window.__xss=%22md%22)',
  '<div onclick="window.__xss = 1">blok HTML</div>',
].join('\n\n');

async function csrf(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/auth/session');
  const session = (await response.json()) as { csrfToken: string };
  return session.csrfToken;
}

/** A JSON call through the browser context's own cookies, as the page itself would make it. */
export async function callApi(context: BrowserContext, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
  const headers = { 'x-csrf-token': await csrf(context.request) };
  const response = await context.request.fetch(path, { method, headers, data: body });
  const text = await response.text();
  return { status: response.status(), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Signs in through the API with a one-time password and sets the account's own password. */
export async function signInFirstTime(context: BrowserContext, email: string, oneTimePassword: string, password: string): Promise<void> {
  const login = await context.request.post('/api/auth/login', { data: { email, password: oneTimePassword } });
  expect(login.status(), `sign-in of ${email}`).toBe(200);
  const changed = await callApi(context, 'POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword: password });
  expect(changed.status, `password change of ${email}`).toBe(200);
}

interface PdfObject {
  dict: string;
  stream: Buffer | undefined;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*/g)) {
    const start = match.index + match[0].length;
    const body = text.slice(start, text.indexOf('endobj', start));
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: undefined });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let from = start + streamAt + 'stream'.length;
    if (text[from] === '\r') from++;
    if (text[from] === '\n') from++;
    const raw = pdf.subarray(from, from + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    objects.set(Number(match[1]), { dict, stream: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return objects;
}

function toUnicode(source: string): Map<number, string> {
  const map = new Map<number, string>();
  const chars = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(Number.parseInt(pair[1] ?? '', 16), chars(pair[2] ?? ''));
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [first, last, target] = [range[1], range[2], range[3]].map((hex) => Number.parseInt(hex ?? '', 16)) as [number, number, number];
      for (let code = first; code <= last; code++) map.set(code, String.fromCodePoint(target + code - first));
    }
  }
  return map;
}

function showText(objects: Map<number, PdfObject>, content: string, resources: string, depth = 0): string {
  const fonts = new Map<string, Map<number, string>>();
  for (const font of resources.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const cmap = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(font[2]))?.dict ?? '')?.[1];
    const stream = objects.get(Number(cmap))?.stream;
    if (font[1] && stream) fonts.set(font[1], toUnicode(stream.toString('latin1')));
  }
  const forms = new Map([...resources.matchAll(/\/(X\d+) (\d+) 0 R/g)].map((form) => [form[1], Number(form[2])]));
  let font = new Map<number, string>();
  let out = '';
  for (const op of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[Jj]|\/(X\d+)\s+Do|\bET\b/g)) {
    if (op[1]) font = fonts.get(op[1]) ?? new Map();
    else if (op[2]) {
      for (const hex of op[2].matchAll(/<([0-9A-Fa-f]*)>/g)) {
        for (const code of hex[1]?.match(/.{4}/g) ?? []) out += font.get(Number.parseInt(code, 16)) ?? '';
      }
    } else if (op[3]) {
      const form = objects.get(forms.get(op[3]) ?? -1);
      if (form?.stream && depth < 5) out += showText(objects, form.stream.toString('latin1'), form.dict, depth + 1);
    } else out += '\n';
  }
  return out;
}

/** The text of each page of a PDF printed by Chromium, decoded through its fonts' ToUnicode maps (in paint order). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = pdfObjects(pdf);
  const pages: string[] = [];
  for (const object of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(object.dict)) continue;
    const contents = /\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(object.dict)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((ref) => objects.get(Number(ref[1]))?.stream?.toString('latin1') ?? '');
    pages.push(streams.map((content) => showText(objects, content, object.dict)).join('\n'));
  }
  return pages;
}
