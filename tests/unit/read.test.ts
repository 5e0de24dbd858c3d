import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/model/limits';
import { jsonErrorOffset, parseJson, readBlob, readResponse } from '../../src/model/read';

/** A response whose body arrives in pieces and counts how much of it was pulled. */
function streamed(pieces: number, pieceBytes: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= pieces) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(pieceBytes).fill(0x20));
    },
  });
  return { response: new Response(body, { headers }), pulled: () => pulled };
}

describe('reading at most the limit', () => {
  it('refuses by Content-Length before reading the body, and says both sizes', async () => {
    const { response, pulled } = streamed(100, 1024, {
      'content-length': String(30 * 1024 * 1024),
    });
    const result = await readResponse(response, 10 * 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      summary: 'The file is 30 MB; a model may be at most 10 MB.',
    });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading at the limit when the server states no length', async () => {
    const { response, pulled } = streamed(1000, 1024);
    const result = await readResponse(response, 8 * 1024);
    expect(result).toEqual({
      ok: false,
      summary: 'The file is over 8 KB; a model may be at most 8 KB.',
    });
    expect(pulled()).toBeLessThan(20);
  });

  it('reads a body within the limit, as UTF-8', async () => {
    const result = await readResponse(new Response('{"title":"Bien-être"}'), 1024);
    expect(result).toEqual({ ok: true, value: '{"title":"Bien-être"}' });
  });

  it('refuses a file by its size without reading it', async () => {
    const big = new Blob([new Uint8Array(2048)]);
    expect(await readBlob(big, 1024)).toEqual({
      ok: false,
      summary: 'The file is 2 KB; a model may be at most 1 KB.',
    });
  });

  it('formats sizes the way the messages say them', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(900)).toBe('900 bytes');
  });
});

describe('parsing in plain words', () => {
  it.each([
    ['', 'The file is empty.'],
    ['\uFEFF  \n', 'The file is empty.'],
    ['<!DOCTYPE html><title>Login</title>', 'The file is a web page, not a model file.'],
    ['{"a": [1, 2', 'The file is not valid JSON: it stops part-way through.'],
    [
      '{\n  "a": 1,\n  "b": }',
      'The file is not valid JSON: the first problem is at line 3, column 8.',
    ],
    ["{'a': 1}", 'The file is not valid JSON: the first problem is at line 1, column 2.'],
  ])('%j → %s', (text, summary) => {
    expect(parseJson(text)).toEqual({ ok: false, summary });
  });

  it('says a server’s web page is a web page', () => {
    expect(parseJson('<html><body>Oops</body></html>', 'server')).toEqual({
      ok: false,
      summary: 'The server sent a web page, not a model file.',
    });
  });

  it('finds no error in valid JSON, and survives deep nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonErrorOffset(deep)).toBe(-1);
    expect(jsonErrorOffset('{"a":"\\u00e9\\n","b":[true,false,null,-1.5e3]}')).toBe(-1);
    expect(jsonErrorOffset('[1,]')).toBe(3);
  });
});
