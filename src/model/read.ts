import { formatBytes } from './limits';

/**
 * Reading untrusted model text without ever holding more than a limit: a response's stated size
 * is checked before its body is read, and a body without one is read in pieces and dropped at the
 * limit. Every failure is one plain sentence that does not repeat where the file came from (the
 * message around it says that once).
 */
export type Read<T> = { ok: true; value: T } | { ok: false; summary: string };

const no = (summary: string): Read<never> => ({ ok: false, summary });

const tooLarge = (limit: number, size?: number) =>
  no(
    size === undefined
      ? `The file is over ${formatBytes(limit)}; a model may be at most ${formatBytes(limit)}.`
      : `The file is ${formatBytes(size)}; a model may be at most ${formatBytes(limit)}.`,
  );

/** What a server's Content-Type says the body is, when that is plainly not a model file. */
function notAModel(contentType: string | null): string | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml')
    return 'The server sent a web page, not a model file.';
  if (type.startsWith('image/')) return 'The server sent an image, not a model file.';
  if (type.startsWith('video/') || type.startsWith('audio/'))
    return 'The server sent a media file, not a model file.';
  return null;
}

/**
 * Reads a response's body as text, refusing an error status, a web page, or more than `limit`
 * bytes (by Content-Length when the server gives one, else by counting as it reads).
 */
export async function readResponse(response: Response, limit: number): Promise<Read<string>> {
  if (!response.ok) {
    await response.body?.cancel();
    return no(`The server answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  const wrongKind = notAModel(response.headers.get('content-type'));
  if (wrongKind) {
    await response.body?.cancel();
    return no(wrongKind);
  }
  const stated = Number(response.headers.get('content-length'));
  if (Number.isFinite(stated) && stated > limit) {
    await response.body?.cancel();
    return tooLarge(limit, stated);
  }
  if (!response.body) return { ok: true, value: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  return { ok: true, value: decode(chunks, total) };
}

function decode(chunks: Uint8Array[], total: number): string {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads a file the person chose, refusing one over `limit` before reading any of it. */
export async function readBlob(blob: Blob, limit: number): Promise<Read<string>> {
  if (blob.size > limit) return tooLarge(limit, blob.size);
  return { ok: true, value: await blob.text() };
}

/**
 * Where in `text` a character offset falls, counting from 1.
 * @example lineAndColumn('{\n  "a": }', 9) // { line: 2, column: 8 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

const looksLikeWebPage = (text: string) => /^\s*<(!doctype\s+html|html|head|body)\b/i.test(text);

/**
 * Parses model text as JSON, saying in one sentence what is wrong: empty, a web page, or where the
 * first syntax error is.
 * @example parseJson('') // { ok: false, summary: 'The file is empty.' }
 */
export function parseJson(text: string, from: 'server' | 'file' = 'file'): Read<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return no('The file is empty.');
  if (looksLikeWebPage(body))
    return no(
      from === 'server'
        ? 'The server sent a web page, not a model file.'
        : 'The file is a web page, not a model file.',
    );
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // The engine's own message rarely says where, so find the place ourselves.
    const at = jsonErrorOffset(body);
    if (at < 0) return no('The file is not valid JSON.');
    if (at >= body.length) return no('The file is not valid JSON: it stops part-way through.');
    const { line, column } = lineAndColumn(body, at);
    return no(
      `The file is not valid JSON: the first problem is at line ${line}, column ${column}.`,
    );
  }
}

const NUMBER_OR_WORD = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** The offset just past a JSON string starting at `start` (a quote), or -(offset of its fault) - 1. */
function scanString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const next = text[j + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1;
        j += 6;
      } else if ('"\\/bfnrt'.includes(next) && next) j += 2;
      else return -j - 1;
    } else j += 1;
  }
  return -text.length - 1;
}

/**
 * The offset of the first syntax error in JSON text (its length if it stops part-way through), or
 * -1 if it has none. A loop with its own stack, so deeply nested input cannot overflow.
 * @example jsonErrorOffset('{"a": [1, }') // 10
 */
export function jsonErrorOffset(text: string): number {
  type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
    if (i >= text.length) return stack.length === 0 && expect === 'comma-or-close' ? -1 : i;
    const c = text[i];
    const top = stack.at(-1);
    if (expect === 'comma-or-close') {
      if (top === undefined) return i;
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
      else return i;
      i += 1;
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      expect = 'value';
      i += 1;
    } else if (
      (expect === 'key-or-close' && c === '}') ||
      (expect === 'value-or-close' && c === ']')
    ) {
      stack.pop();
      expect = 'comma-or-close';
      i += 1;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      expect = 'colon';
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      i += 1;
    } else if (c === '"') {
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      expect = 'comma-or-close';
      i = end;
    } else {
      NUMBER_OR_WORD.lastIndex = i;
      const match = NUMBER_OR_WORD.exec(text);
      if (!match) return i;
      expect = 'comma-or-close';
      i += match[0].length;
    }
  }
}
