import { describe, expect, it, vi } from 'vitest';
import type { Hearken } from '../../src/widget/index';
import { createStub, replay } from '../../src/loader/stub';

/** A real API that records the calls it gets. */
function realApi() {
  const calls: string[] = [];
  const offs: string[] = [];
  const api = {
    show: (survey?: string) => void calls.push('show ' + survey),
    hide: () => void calls.push('hide'),
    on: (event: string) => (calls.push('on ' + event), () => void offs.push(event)),
    identify: (id: string) => void calls.push('identify ' + id),
    track: (name: string) => void calls.push('track ' + name),
    consent: (granted: boolean) => void calls.push('consent ' + granted),
    flush: () => (calls.push('flush'), Promise.resolve()),
    destroy: () => void calls.push('destroy'),
  } as unknown as Hearken;
  return { api, calls, offs };
}

describe('the stub window.Hearken', () => {
  it('has the full API; on, hide and identify wait without telling the loader', () => {
    const wake = vi.fn();
    const { api } = createStub(wake, () => false, () => {});
    expect(Object.keys(api).sort()).toEqual(['consent', 'destroy', 'flush', 'hide', 'identify', 'on', 'show', 'track']);
    api.on('answer', () => {});
    api.identify('u1');
    api.hide();
    expect(wake).not.toHaveBeenCalled();
  });

  it('show, track, consent and flush tell the loader, which loads the full script; destroy tells it too, which loads nothing more', () => {
    const wake = vi.fn();
    const { api } = createStub(wake, () => false, () => {});
    api.show('csat');
    api.track('added-to-cart');
    api.consent(true);
    void api.flush();
    api.destroy();
    expect(wake.mock.calls.map(([call]) => call.method)).toEqual(['show', 'track', 'consent', 'flush', 'destroy']);
  });

  it('while cannotAsk() says so, track() is neither kept nor told to the loader; the other calls are', () => {
    const wake = vi.fn();
    let cannotAsk = true;
    const { api, calls } = createStub(wake, () => cannotAsk, () => {});
    api.track('purchase');
    api.show('nps');
    cannotAsk = false;
    api.track('purchase');
    expect(wake.mock.calls.map(([call]) => call.method)).toEqual(['show', 'track']);
    expect(calls.map((call) => call.method)).toEqual(['show', 'track']);
  });

  it('consent(true) while cannotAsk() says why: kept without waking the loader; granted where the reason is consent', () => {
    const wake = vi.fn();
    const grant = vi.fn();
    let why: string | false = 'frequency';
    const { api, calls } = createStub(wake, () => why, grant);
    api.consent(true);
    expect([wake.mock.calls.length, grant.mock.calls.length]).toEqual([0, 0]);
    why = 'consent';
    api.consent(true);
    expect([wake.mock.calls.length, grant.mock.calls.length]).toEqual([0, 1]);
    // consent(false) is the loader's to weigh, whatever the reason
    api.consent(false);
    why = false;
    api.consent(true);
    expect(wake.mock.calls.map(([call]) => call.args[0])).toEqual([false, true]);
    expect(calls.map((call) => call.args[0])).toEqual([true, true, false, true]);
  });

  // Consent Mode's word, or a CMP's state: only `true` grants, anything else is the full script's to report
  it.each(['denied', 'granted', 1, {}])('consent(%j) grants nothing on the light page: the full script comes to report it', (value) => {
    const wake = vi.fn();
    const grant = vi.fn();
    const { api } = createStub(wake, () => 'consent', grant);
    (api.consent as (value: unknown) => void)(value);
    expect(grant).not.toHaveBeenCalled();
    expect(wake.mock.calls.map(([call]) => call.args[0])).toEqual([value]);
  });

  it('replays every call in the order it was made, and settles flush() with the real one', async () => {
    const { api, calls } = createStub(() => {}, () => false, () => {});
    api.identify('u1');
    api.on('answer', () => {});
    api.track('opened');
    api.show('ces');
    const flushed = api.flush();
    const real = realApi();
    replay(calls, real.api, () => {});
    expect(real.calls).toEqual(['identify u1', 'on answer', 'track opened', 'show ces', 'flush']);
    await expect(flushed).resolves.toBeUndefined();
    expect(calls).toEqual([]);
  });

  it("on()'s unsubscribe works before the replay (the listener is never added) and after it (the real one is called)", () => {
    const { api, calls } = createStub(() => {}, () => false, () => {});
    const offEarly = api.on('answer', () => {});
    const offLate = api.on('sent', () => {});
    offEarly();
    const real = realApi();
    replay(calls, real.api, () => {});
    expect(real.calls).toEqual(['on sent']);
    offLate();
    expect(real.offs).toEqual(['sent']);
  });

  it('a replayed call that throws is reported and the others still run', () => {
    const { api, calls } = createStub(() => {}, () => false, () => {});
    api.show('nps');
    api.identify('u2');
    const real = realApi();
    (real.api as { show: () => void }).show = () => {
      throw new Error('boom');
    };
    const report = vi.fn();
    replay(calls, real.api, report);
    expect(report).toHaveBeenCalledWith('[hearken] show() failed: Error: boom');
    expect(real.calls).toEqual(['identify u2']);
  });
});
