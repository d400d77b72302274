/** The cells a prompt's state is made of (src/ui/cell.ts): a value that tells its subscribers when it changes. */
import { describe, expect, it } from 'vitest';
import { cell } from '../../src/ui/cell';

describe('cell', () => {
  it('tells a subscriber the value now and each new one, not a write of the same value, and nothing once stopped', () => {
    const score = cell<number | undefined>(undefined);
    const seen: (number | undefined)[] = [];
    const stop = score.subscribe((value) => void seen.push(value));
    score.value = 9;
    score.value = 9;
    score.value = 3;
    stop();
    score.value = 10;
    expect(seen).toEqual([undefined, 9, 3]);
    expect([score.value, score.peek()]).toEqual([10, 10]);
  });

  it('a subscriber that stops, or subscribes another, while being told does not change who hears this change', () => {
    const step = cell('question');
    const seen: string[] = [];
    let stopFirst = () => {};
    stopFirst = step.subscribe((value) => {
      seen.push('first ' + value);
      if (value == 'comment') stopFirst(), step.subscribe((later) => void seen.push('added ' + later));
    });
    step.subscribe((value) => void seen.push('second ' + value));
    step.value = 'comment';
    step.value = 'thanks';
    expect(seen).toEqual(['first question', 'second question', 'first comment', 'added comment', 'second comment', 'second thanks', 'added thanks']);
  });

  it('a subscriber that writes the cell sees the new value told after its own turn, in order', () => {
    const live = cell('');
    const seen: string[] = [];
    live.subscribe((text) => {
      seen.push(text);
      if (text == 'Thanks') live.value = 'Thanks!';
    });
    live.value = 'Thanks';
    expect(seen).toEqual(['', 'Thanks', 'Thanks!']);
    expect(live.peek()).toBe('Thanks!');
  });
});
