import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/rules/consent';
import { memoryStorage } from '../../src/storage/index';
import { createVisitor } from '../../src/rules/visitor';
import { record } from '../../src/rules/frequency';
import { countPageview } from '../../src/rules/session';

describe('createConsent', () => {
  it.each([
    [{}, 'granted'],
    [{ initial: 'pending' as const }, 'pending'],
    [{ initial: 'denied' as const }, 'denied'],
    [{ gpc: true }, 'granted'],
    [{ gpc: true, respectGpc: true }, 'denied'],
    [{ gpc: false, respectGpc: true }, 'granted'],
    [{ initial: 'granted' as const, gpc: true, respectGpc: true }, 'denied'],
  ])('%j starts %s', (options, state) => {
    expect(createConsent(options).state()).toBe(state);
  });

  it('pending writes nothing to storage; consent(true) lets writes through', () => {
    const local = memoryStorage();
    const gate = createConsent({ initial: 'pending' });
    const store = gate.guard(local);
    createVisitor(store).id();
    record(store, 'nps', 'dismissedAt', 1);
    countPageview(store);
    expect(local.data.size).toBe(0);
    gate.consent(true);
    countPageview(store);
    expect(local.keys()).toEqual(['hearken:pageviews']);
  });

  it('consent(false) clears what was stored and reports the change once', () => {
    const onChange = vi.fn();
    const clear = vi.fn();
    const gate = createConsent({ onChange, clear });
    gate.consent(true);
    expect(onChange).not.toHaveBeenCalled();
    gate.consent(false);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls).toEqual([['denied']]);
    expect(gate.guard(memoryStorage()).set('hearken:x', '1')).toBe(false);
  });

  it('cannot be granted while Global Privacy Control is honoured', () => {
    const onChange = vi.fn();
    const gate = createConsent({ initial: 'pending', gpc: true, respectGpc: true, onChange });
    gate.consent(true);
    expect(gate.state()).toBe('denied');
    expect(gate.granted()).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
  });
});
