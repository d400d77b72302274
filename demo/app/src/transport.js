/**
 * A custom transport, to show hearken's pluggable delivery: POSTs each batch to the collector with a
 * bearer token, and tells hearken what the answer means (read src/types.ts `TransportResult`):
 * 2xx `accepted` (the answers leave the outbox), 413 `too-large` (hearken splits the batch),
 * 408/425/429/5xx and network errors `retry` (with the server's Retry-After), any other 4xx `reject`
 * with the server's reason (kept and retried slowly until its time to live).
 */

/**
 * @typedef {import('hearken').TransportObject} TransportObject
 * @typedef {import('hearken').TransportResult} TransportResult
 * @typedef {object} BearerTransportOptions
 * @property {string} endpoint
 * @property {string} token sent as `Authorization: Bearer <token>`
 * @property {typeof fetch} [fetch]
 * @property {() => number} [now]
 */

/**
 * Milliseconds of a `Retry-After` header in seconds; undefined when missing or unreadable.
 * @param {string | null} value
 */
export function retryAfterMs(value) {
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : undefined;
}

/**
 * Creates the transport.
 * @param {BearerTransportOptions} options
 * @returns {TransportObject}
 */
export function createBearerTransport({ endpoint, token, fetch: doFetch = (...args) => fetch(...args), now = Date.now }) {
  return {
    maxBatch: 20,
    async send(batch, { signal, unload }) {
      let response;
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ answers: batch, sentAt: new Date(now()).toISOString() }),
          signal,
          // while the page unloads, a keepalive request outlives it
          keepalive: unload || undefined,
        });
      } catch (error) {
        return { status: 'retry', reason: String(error) };
      }
      const s = response.status;
      if (s >= 200 && s < 300) return { status: 'accepted' };
      if (s == 413) return { status: 'too-large' };
      if (s == 408 || s == 425 || s == 429 || s >= 500 || s < 400) {
        return { status: 'retry', after: retryAfterMs(response.headers.get('Retry-After')), reason: `HTTP ${s}` };
      }
      const detail = await response.json().then((b) => (b && typeof b.error == 'string' ? b.error : ''), () => '');
      return { status: 'reject', reason: `HTTP ${s}${detail ? ': ' + detail : ''}` };
    },
  };
}
