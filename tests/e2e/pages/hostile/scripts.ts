/**
 * Hostile page scripts, installed with `page.addInitScript` before anything of the page runs. Each is
 * self-contained (serialised into the page).
 */

/**
 * What old polyfills and monitoring tools do to the built-ins: an enumerable, hand-written
 * `Array.prototype.map`; a `JSON.stringify` that drops its `replacer` and `space`; a `fetch` wrapper
 * that records each request (in `window.__fetched`); and a `Promise` replaced by a complete but
 * foreign implementation that settles on macrotasks, as pre-ES2015 polyfills did.
 */
export function replaceBuiltins(): void {
  const w = window as unknown as Record<string, unknown>;
  (Array.prototype as unknown as Record<string, unknown>).map = function (this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, self?: unknown) {
    const out = new Array(this.length);
    for (let i = 0; i < this.length; i++) if (i in this) out[i] = fn.call(self, this[i], i, this);
    return out;
  };
  const stringify = JSON.stringify;
  JSON.stringify = function (value: unknown) {
    return stringify(value);
  } as typeof JSON.stringify;
  const fetched: string[] = [];
  w.__fetched = fetched;
  const fetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    fetched.push((init && init.method ? init.method : 'GET') + ' ' + String(input instanceof Request ? input.url : input));
    return fetch.call(window, input, init);
  };

  type Handler = { ok?: (v: unknown) => unknown; fail?: (e: unknown) => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void };
  function Foreign(this: { state: number; value: unknown; queue: Handler[] }, executor: (ok: (v: unknown) => void, fail: (e: unknown) => void) => void) {
    const self = this;
    self.state = 0;
    self.queue = [];
    let done = false;
    const run = (h: Handler) =>
      setTimeout(() => {
        const cb = self.state == 1 ? h.ok : h.fail;
        if (typeof cb != 'function') return (self.state == 1 ? h.resolve : h.reject)(self.value);
        try {
          h.resolve(cb(self.value));
        } catch (e) {
          h.reject(e);
        }
      }, 0);
    const settle = (state: number, value: unknown) => {
      if (self.state) return;
      self.state = state;
      self.value = value;
      self.queue.splice(0).forEach(run);
    };
    const adopt = (v: unknown): void => {
      if (v === self) return settle(2, new TypeError('cycle'));
      if (v && (typeof v == 'object' || typeof v == 'function')) {
        let then: unknown;
        try {
          then = (v as { then: unknown }).then;
        } catch (e) {
          return settle(2, e);
        }
        if (typeof then == 'function') {
          let called = false;
          try {
            then.call(v, (y: unknown) => !called && ((called = true), adopt(y)), (r: unknown) => !called && ((called = true), settle(2, r)));
          } catch (e) {
            if (!called) settle(2, e);
          }
          return;
        }
      }
      settle(1, v);
    };
    (self as unknown as { run: typeof run }).run = run;
    try {
      executor(
        (v) => !done && ((done = true), adopt(v)),
        (e) => !done && ((done = true), settle(2, e)),
      );
    } catch (e) {
      if (!done) (done = true), settle(2, e);
    }
  }
  const P = Foreign as unknown as PromiseConstructor & Record<string, unknown>;
  const proto = Foreign.prototype as Record<string, unknown>;
  proto.then = function (this: { state: number; queue: Handler[]; run: (h: Handler) => void }, ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) {
    return new P((resolve, reject) => {
      const h = { ok, fail, resolve, reject };
      this.state ? this.run(h) : this.queue.push(h);
    });
  };
  proto.catch = function (this: Promise<unknown>, fail: (e: unknown) => unknown) {
    return this.then(undefined, fail);
  };
  proto.finally = function (this: Promise<unknown>, fn: () => void) {
    return this.then(
      (v) => P.resolve(fn()).then(() => v),
      (e) => P.resolve(fn()).then(() => {
        throw e;
      }),
    );
  };
  P.resolve = (v?: unknown) => (v instanceof P ? v : new P((ok) => ok(v))) as never;
  P.reject = ((e: unknown) => new P((_, fail) => fail(e))) as never;
  P.all = ((list: unknown[]) =>
    new P((ok, fail) => {
      const items = Array.from(list);
      const out: unknown[] = [];
      let left = items.length;
      if (!left) ok(out);
      items.forEach((item, i) => P.resolve(item).then((v) => ((out[i] = v), --left || ok(out)), fail));
    })) as never;
  P.race = ((list: unknown[]) => new P((ok, fail) => Array.from(list).forEach((item) => P.resolve(item).then(ok, fail)))) as never;
  P.allSettled = ((list: unknown[]) =>
    P.all(Array.from(list).map((item) => P.resolve(item).then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }))))) as never;
  w.Promise = P;
}

/**
 * Enumerable methods added to `Object.prototype` and `Array.prototype`, as some old libraries did:
 * every `for…in` over any object or array then sees them.
 */
export function extendPrototypes(): void {
  (Object.prototype as unknown as Record<string, unknown>).extend = function extend(this: object, more: object) {
    return Object.assign(this, more);
  };
  (Array.prototype as unknown as Record<string, unknown>).each = function each(this: unknown[], fn: (v: unknown) => void) {
    for (let i = 0; i < this.length; i++) fn(this[i]);
  };
}

/**
 * Prototype.js 1.6's `Array.prototype.toJSON`, still on old shop themes: it returns the array's JSON as a string, so
 * a plain `JSON.stringify({ list: [1] })` writes `{"list":"[1]"}`.
 */
export function arrayToJson(): void {
  Object.defineProperty(Array.prototype, 'toJSON', {
    configurable: true,
    writable: true,
    value: function (this: unknown[]) {
      const saved = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON')!;
      delete (Array.prototype as unknown as Record<string, unknown>).toJSON;
      try {
        return JSON.stringify(this);
      } finally {
        Object.defineProperty(Array.prototype, 'toJSON', saved);
      }
    },
  });
}
