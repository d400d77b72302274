import { describe, expect, it } from 'vitest';
import { createVisitor } from '../../src/rules/visitor';
import { KEYS } from '../../src/storage/index';
import { memoryStorage } from '../../src/storage/index';

describe('visitor', () => {
  it('is created lazily, stored, and the same on the next page', () => {
    const store = memoryStorage();
    let made = 0;
    const make = () => 'id-' + ++made;
    const visitor = createVisitor(store, make);
    expect(store.get(KEYS.visitor)).toBe(null);
    expect(visitor.id()).toBe('id-1');
    expect(visitor.id()).toBe('id-1');
    expect(createVisitor(store, make).id()).toBe('id-1');
    expect(made).toBe(1);
  });

  it('keeps one id per page while the store refuses writes, and stores it once it accepts', () => {
    let accept = false;
    const inner = memoryStorage();
    const store = { ...inner, set: (k: string, v: string) => accept && inner.set(k, v) };
    const visitor = createVisitor(store, () => 'fresh');
    expect(visitor.id()).toBe('fresh');
    expect(inner.get(KEYS.visitor)).toBe(null);
    accept = true;
    expect(visitor.id()).toBe('fresh');
    expect(inner.get(KEYS.visitor)).toBe('fresh');
  });

  it('uses a UUID by default', () => {
    expect(createVisitor(memoryStorage()).id()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
