import { describe, expect, it } from 'vitest';
import { fetchJson, loadModelFromFile, loadModelFromUrl, trustedModel } from '../../src/model/load';
import { readJson } from './helpers';

const respond = (body: string, status = 200) =>
  (async () =>
    new Response(body, {
      status,
      statusText: status === 200 ? 'OK' : 'Not Found',
    })) as typeof fetch;

describe('loading a model', () => {
  it('explains an unreachable URL', async () => {
    const refuse = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await fetchJson('https://example.org/m.json', refuse);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        source: 'https://example.org/m.json',
        summary: 'Could not reach https://example.org/m.json. Failed to fetch',
      }),
    });
  });

  it('explains an HTTP error', async () => {
    const result = await fetchJson('/missing.json', respond('', 404));
    expect(!result.ok && result.error.summary).toBe(
      'The server answered 404 Not Found for /missing.json.',
    );
  });

  it('explains malformed JSON', async () => {
    const result = await fetchJson('/bad.json', respond('{"domains": [}'));
    expect(!result.ok && result.error.summary).toMatch(/^\/bad\.json is not valid JSON: /);
  });

  it('validates a model from a URL and lists each problem with its path', async () => {
    const model = readJson('tests/fixtures/small-model.json') as { domains: { id: string }[] };
    model.domains[0]!.id = 'Rest!';
    const result = await loadModelFromUrl('/mine.json', respond(JSON.stringify(model)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.summary).toBe('/mine.json is not a valid model: 1 problem found.');
    expect(result.error.issues[0]?.path).toBe('$.domains[0].id');
  });

  it('opens a valid model from a file', async () => {
    const file = new File(
      [JSON.stringify(readJson('tests/fixtures/small-model.json'))],
      'mine.json',
    );
    const result = await loadModelFromFile(file);
    expect(result.ok && result.value.domains.map((d) => d.id)).toEqual(['rest', 'teams', 'money']);
  });

  it('fills the optional arrays of a trusted model', () => {
    const m = trustedModel({ id: 'x', domains: [] });
    expect(m.links).toEqual([]);
    expect(m.outcomes).toEqual([]);
  });
});
