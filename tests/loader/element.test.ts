// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ElementLifecycle } from '../../src/loader/element';
import { defineLightElement } from '../../src/loader/element';
import { settle } from '../dom';

/** Defines a light element of a fresh name over a lifecycle that records what it does; `loaded()` lets the full script arrive. */
function define(name: string) {
  const done: string[] = [];
  let arrive!: (lifecycle: ElementLifecycle) => void;
  const arrived = new Promise<ElementLifecycle>((resolve) => (arrive = resolve));
  let asked = 0;
  defineLightElement(window, name, () => (asked++, arrived));
  const loaded = () => arrive({ connect: (el) => void done.push('connect ' + el.id), disconnect: (el) => void done.push('disconnect ' + el.id) });
  return { done, loaded, asked: () => asked };
}

describe('defineLightElement', () => {
  it('an element in the page asks for the full script, and is rendered once it arrives', async () => {
    const { done, loaded, asked } = define('light-one');
    document.body.insertAdjacentHTML('beforeend', '<light-one id="a"></light-one>');
    expect(asked()).toBe(1);
    loaded();
    await settle();
    expect(done).toEqual(['connect a']);
  });

  it('an element removed before the full script arrives is not rendered; one removed after is disconnected', async () => {
    const { done, loaded } = define('light-two');
    document.body.insertAdjacentHTML('beforeend', '<light-two id="gone"></light-two><light-two id="kept"></light-two>');
    document.getElementById('gone')!.remove();
    loaded();
    await settle();
    expect(done.filter((line) => line.indexOf('connect') == 0)).toEqual(['connect kept']);
    document.getElementById('kept')!.remove();
    await settle();
    expect(done).toContain('disconnect kept');
  });

  it('leaves a name that is already defined alone', () => {
    customElements.define('light-three', class extends HTMLElement {});
    const { asked } = define('light-three');
    document.body.insertAdjacentHTML('beforeend', '<light-three></light-three>');
    expect(asked()).toBe(0);
  });
});
