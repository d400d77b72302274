import { describe, expect, it } from 'vitest';
import { plainWords, sayInOrder } from '../../src/config/say';
import { describeBad } from '../../src/config/messages';

const BAD = { name: 'data-theme', key: 'theme' as const, value: 'neon', choices: ['light', 'dark', 'auto'] };

describe('sayInOrder', () => {
  it('says each message at once when the words are at hand', () => {
    const said: string[] = [];
    const report = sayInOrder(describeBad, (m) => said.push(m));
    report(BAD);
    report('[hearken] data-endpoint is required');
    expect(said).toEqual(['[hearken] data-theme must be one of light, dark, auto, got "neon"', '[hearken] data-endpoint is required']);
  });

  it('with words that load, says what came after a bad option after it, in the order reported', async () => {
    let arrive!: () => void;
    const loaded = new Promise<void>((resolve) => (arrive = resolve));
    const said: string[] = [];
    const report = sayInOrder((bad) => loaded.then(() => describeBad(bad)), (m) => said.push(m));
    report('[hearken] first');
    report(BAD);
    report('[hearken] third');
    expect(said).toEqual(['[hearken] first']);
    arrive();
    await loaded;
    await new Promise((resolve) => setTimeout(resolve));
    expect(said).toEqual(['[hearken] first', '[hearken] data-theme must be one of light, dark, auto, got "neon"', '[hearken] third']);
    // once said, a message is said at once again
    report('[hearken] fourth');
    expect(said.at(-1)).toBe('[hearken] fourth');
  });

  it('plainWords: the option and the value, where no words were given', () => {
    expect(plainWords(BAD)).toBe('[hearken] data-theme was refused, got "neon"');
  });
});
