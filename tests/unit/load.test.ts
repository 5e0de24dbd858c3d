import { describe, expect, it } from 'vitest';
import { fetchJson, trustedModel } from '../../src/model/load';
import { openModel } from '../../src/model/open';
import { readJson } from './helpers';

const respond = (body: string, status = 200, headers: Record<string, string> = {}) =>
  (async () =>
    new Response(status === 204 ? null : body, {
      status,
      statusText: status === 200 ? 'OK' : 'Not Found',
      headers,
    })) as typeof fetch;

const summaryOf = async (promise: ReturnType<typeof openModel>) => {
  const result = await promise;
  return result.ok ? 'ok' : result.error.summary;
};

describe('opening a model from a link', () => {
  it('explains an unreachable server on another site once, in plain words', async () => {
    const refuse = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await openModel({ kind: 'url', url: 'https://example.org/m.json' }, refuse);
    expect(result).toEqual({
      ok: false,
      error: {
        source: 'https://example.org/m.json',
        summary: 'example.org could not be reached, or it does not let other sites read its files.',
        issues: [],
      },
    });
  });

  it('explains an HTTP error', async () => {
    expect(
      await summaryOf(openModel({ kind: 'url', url: 'https://x.org/m.json' }, respond('', 404))),
    ).toBe('The server answered 404 Not Found.');
  });

  it('says when the server sent a web page, by its type or by its text', async () => {
    const page = '<!doctype html><html><body>Sign in</body></html>';
    const url = { kind: 'url', url: 'https://x.org/m.json' } as const;
    expect(
      await summaryOf(openModel(url, respond(page, 200, { 'content-type': 'text/html' }))),
    ).toBe('The server sent a web page, not a model file.');
    expect(await summaryOf(openModel(url, respond(page)))).toBe(
      'The server sent a web page, not a model file.',
    );
  });

  it('says where malformed JSON goes wrong, without repeating itself', async () => {
    const summary = await summaryOf(
      openModel({ kind: 'url', url: 'https://x.org/bad.json' }, respond('{\n  "domains": [}')),
    );
    expect(summary).toBe('The file is not valid JSON: the first problem is at line 2, column 15.');
  });

  it('validates a model and lists each problem with its path', async () => {
    const model = readJson('tests/fixtures/small-model.json') as { domains: { id: string }[] };
    model.domains[0]!.id = 'Rest!';
    const result = await openModel(
      { kind: 'url', url: 'https://x.org/mine.json' },
      respond(JSON.stringify(model)),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.summary).toBe('It is not a valid model: 1 problem found.');
    expect(result.error.issues[0]?.path).toBe('$.domains[0].id');
  });
});

describe('opening a model from a file', () => {
  it('opens a valid model', async () => {
    const file = new File(
      [JSON.stringify(readJson('tests/fixtures/small-model.json'))],
      'mine.json',
    );
    const result = await openModel({ kind: 'file', file, name: 'mine.json' });
    expect(result.ok && result.value.domains.map((d) => d.id)).toEqual(['rest', 'teams', 'money']);
  });

  it('says an empty file is empty', async () => {
    const file = new File(['  \n'], 'empty.json');
    expect(await summaryOf(openModel({ kind: 'file', file, name: 'empty.json' }))).toBe(
      'The file is empty.',
    );
  });
});

describe('the app’s own files', () => {
  it('explain a failure in one sentence', async () => {
    const result = await fetchJson('/missing.json', respond('', 404));
    expect(!result.ok && result.error.summary).toBe('The server answered 404 Not Found.');
  });

  it('say when one will not parse, or is a web page', async () => {
    const broken = await fetchJson('/model.json', respond('{"id": ', 200));
    expect(!broken.ok && broken.error.summary).toBe(
      'The file is not valid JSON: it may have been damaged on the way here.',
    );
    const page = await fetchJson(
      '/model.json',
      respond('<!doctype html>', 200, { 'content-type': 'text/html' }),
    );
    expect(!page.ok && page.error.summary).toBe('The server sent a web page, not the data file.');
    const good = await fetchJson('/model.json', respond('{"id": "x"}', 200));
    expect(good.ok && good.value).toEqual({ id: 'x' });
  });

  it('fill the optional arrays of a trusted model', () => {
    const m = trustedModel({ id: 'x', domains: [] });
    expect(m.links).toEqual([]);
    expect(m.outcomes).toEqual([]);
  });
});
