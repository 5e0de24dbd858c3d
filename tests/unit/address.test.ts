import { describe, expect, it } from 'vitest';
import { checkModelAddress, MAX_ADDRESS_LENGTH } from '../../src/model/address';

const PAGE = 'https://explorer.example/factor/autonomy?model=x';

describe('which addresses may open a model', () => {
  it('opens addresses on this site at once, relative or absolute', () => {
    expect(checkModelAddress('/models/team.json', PAGE)).toEqual({
      ok: true,
      url: 'https://explorer.example/models/team.json',
      host: 'explorer.example',
      sameOrigin: true,
    });
    expect(checkModelAddress('https://explorer.example/m.json', PAGE)).toMatchObject({
      ok: true,
      sameOrigin: true,
    });
  });

  it('allows this site over plain http when the app itself is served so (a laptop, a venue)', () => {
    expect(checkModelAddress('/m.json', 'http://localhost:4173/')).toMatchObject({
      ok: true,
      url: 'http://localhost:4173/m.json',
      sameOrigin: true,
    });
  });

  it('allows https addresses elsewhere, marked as another site (they need consent)', () => {
    expect(checkModelAddress('  https://models.example.org/a/b.json?v=2 ', PAGE)).toEqual({
      ok: true,
      url: 'https://models.example.org/a/b.json?v=2',
      host: 'models.example.org',
      sameOrigin: false,
    });
  });

  it.each([
    ['data:application/json,{"id":"x"}', '“data:” addresses cannot open a model'],
    ['javascript:alert(1)', '“javascript:” addresses cannot open a model'],
    ['blob:https://explorer.example/6f1c', '“blob:” addresses cannot open a model'],
    ['file:///etc/passwd', '“file:” addresses cannot open a model'],
    ['ftp://example.org/m.json', '“ftp:” addresses cannot open a model'],
    ['http://example.org/m.json', 'must come from an https:// address'],
    ['https://user:secret@example.org/m.json', 'with a user name or password'],
    ['', 'The model address is empty.'],
    ['https://[bad', 'is not a web address'],
  ])('refuses %s with a reason', (raw, reason) => {
    const result = checkModelAddress(raw, PAGE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('refuses an address too long to be one, and says the limit', () => {
    const long = `https://example.org/${'a'.repeat(MAX_ADDRESS_LENGTH)}`;
    const result = checkModelAddress(long, PAGE);
    expect(!result.ok && result.reason).toMatch(/more than 2,000 are refused/);
  });

  it('treats an upper-case scheme like a lower-case one', () => {
    expect(checkModelAddress('DATA:text/plain,hi', PAGE).ok).toBe(false);
    expect(checkModelAddress('HTTPS://example.org/m.json', PAGE)).toMatchObject({ ok: true });
  });
});
