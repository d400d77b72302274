import { describe, expect, it, vi } from 'vitest';
import { scriptUrls } from '../../src/loader/urls';

const BASE = 'https://cdn.example/hearken/hearken.js';

describe('scriptUrls', () => {
  it("resolves hearken's own files beside hearken.js, and nothing else", () => {
    const urls = scriptUrls({} as Window, BASE);
    expect(urls('hearken-core.js')).toBe('https://cdn.example/hearken/hearken-core.js');
    expect(urls('locales/pt-BR.js')).toBe('https://cdn.example/hearken/locales/pt-BR.js');
    expect(urls('https://evil.example/x.js')).toBe('');
    expect(urls('../x.js')).toBe('');
  });

  it('makes one Trusted Types policy named hearken, at the first use, and passes its URLs', () => {
    const createPolicy = vi.fn((_name: string, rules: { createScriptURL(input: string): string }) => ({ createScriptURL: (input: string) => 'trusted:' + rules.createScriptURL(input) }));
    const urls = scriptUrls({ trustedTypes: { createPolicy } } as unknown as Window, BASE);
    expect(createPolicy).not.toHaveBeenCalled();
    expect(urls('hearken-ui.js')).toBe('trusted:https://cdn.example/hearken/hearken-ui.js');
    urls('hearken-core.js');
    expect(createPolicy).toHaveBeenCalledTimes(1);
    expect(createPolicy.mock.calls[0][0]).toBe('hearken');
  });

  it('falls back to a plain URL when the page does not allow the policy name', () => {
    const createPolicy = () => {
      throw new TypeError('policy "hearken" disallowed');
    };
    expect(scriptUrls({ trustedTypes: { createPolicy } } as unknown as Window, BASE)('hearken-ui.js')).toBe('https://cdn.example/hearken/hearken-ui.js');
  });
});
