import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../src/widget/events';

afterEach(() => void vi.restoreAllMocks());

const dismiss = { survey: 'nps' as const };

describe('createEmitter', () => {
  it('calls every listener of an event with its payload, and only those', () => {
    const emitter = createEmitter();
    const one = vi.fn();
    const two = vi.fn();
    const other = vi.fn();
    emitter.on('dismiss', one);
    emitter.on('dismiss', two);
    emitter.on('show', other);
    emitter.emit('dismiss', dismiss);
    expect(one).toHaveBeenCalledWith(dismiss);
    expect(two).toHaveBeenCalledWith(dismiss);
    expect(other).not.toHaveBeenCalled();
  });

  it('on() returns its own unsubscribe; the other listeners stay', () => {
    const emitter = createEmitter();
    const gone = vi.fn();
    const stays = vi.fn();
    const off = emitter.on('dismiss', gone);
    emitter.on('dismiss', stays);
    off();
    off();
    emitter.emit('dismiss', dismiss);
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalledTimes(1);
  });

  it('a listener added twice is called once', () => {
    const emitter = createEmitter();
    const fn = vi.fn();
    emitter.on('dismiss', fn);
    emitter.on('dismiss', fn);
    emitter.emit('dismiss', dismiss);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("a host's listener that throws is one console line naming the event, and does not stop the others", () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const emitter = createEmitter();
    const after = vi.fn();
    emitter.on('dismiss', () => {
      throw new Error('host bug');
    });
    emitter.on('dismiss', after);
    expect(() => emitter.emit('dismiss', dismiss)).not.toThrow();
    expect(after).toHaveBeenCalled();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]![0]).toBe('[hearken] a listener for "dismiss" threw');
  });

  it('emitting with no listener does nothing; clear() removes every listener', () => {
    const emitter = createEmitter();
    expect(() => emitter.emit('show', dismiss)).not.toThrow();
    const fn = vi.fn();
    emitter.on('show', fn);
    emitter.clear();
    emitter.emit('show', dismiss);
    expect(fn).not.toHaveBeenCalled();
  });
});
