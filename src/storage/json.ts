/**
 * `JSON.stringify(value)` as if the page had not added `toJSON` to a built-in prototype. An old library (Prototype.js
 * 1.6) puts one on `Array.prototype` that returns a string, so `{ answers: [...] }` went out as
 * `{ "answers": "[...]" }`: the collector refused every batch, and the answers waited until they expired. Each object
 * and array is written as it is: the replacer is given the value a `toJSON` made, and `this[key]`, the one before it.
 * (What hearken writes holds no `Date`, whose own `toJSON` this would skip.)
 */
export function plainJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, made) {
    const own = this[key];
    return own && typeof own == 'object' ? own : made;
  });
}
