import { describe, expect, it } from 'vitest';
import { parseRetryAfter, resultOf } from '../../src/transports/http-status';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const res = (status: number, headers: Record<string, string> = {}, type = 'cors') => ({
  status,
  type,
  headers: new Headers(headers),
});

describe('resultOf', () => {
  it.each([200, 201, 202, 204])('accepts %i', (status) => {
    expect(resultOf(res(status), NOW)).toEqual({ status: 'accepted' });
  });

  it.each([408, 425, 429, 500, 502, 503, 504])('retries %i', (status) => {
    expect(resultOf(res(status), NOW)).toEqual({ status: 'retry', reason: 'HTTP ' + status });
  });

  it('splits on 413', () => {
    expect(resultOf(res(413), NOW)).toEqual({ status: 'too-large' });
  });

  it.each([400, 401, 403, 404, 422])('rejects %i with the status as the reason', (status) => {
    expect(resultOf(res(status), NOW)).toEqual({ status: 'reject', reason: 'HTTP ' + status });
  });

  it('honours Retry-After in seconds and as an HTTP date', () => {
    expect(resultOf(res(503, { 'Retry-After': '120' }), NOW)).toMatchObject({ status: 'retry', after: 120_000 });
    const date = new Date(NOW + 90_000).toUTCString();
    expect(resultOf(res(429, { 'Retry-After': date }), NOW)).toMatchObject({ status: 'retry', after: 90_000 });
  });

  it('refuses a response reached through a redirect, whatever its status, naming the final URL', () => {
    // fetch followed a 302 to a login page: the POST became a GET without body, so nothing was stored
    const login = { ...res(200), redirected: true, url: 'https://shop.example/login' };
    expect(resultOf(login, NOW)).toEqual({
      status: 'reject',
      reason: 'redirected to https://shop.example/login (HTTP 200); set the endpoint to the final URL',
    });
    expect(resultOf({ ...res(503), redirected: true, url: 'https://c.example/new' }, NOW)).toMatchObject({ status: 'reject', reason: expect.stringContaining('https://c.example/new (HTTP 503)') });
    // not followed: a redirect status itself, or a manual redirect, is a retry
    expect(resultOf(res(302), NOW).status).toBe('retry');
    expect(resultOf(res(0, {}, 'opaqueredirect'), NOW).status).toBe('retry');
  });

  it('retries an opaque response even if it claims success', () => {
    expect(resultOf(res(0, {}, 'opaque'), NOW).status).toBe('retry');
    expect(resultOf({ status: 200, type: 'opaque' }, NOW).status).toBe('retry');
  });
});

describe('parseRetryAfter', () => {
  it('caps the wait at 5 minutes', () => {
    expect(parseRetryAfter('86400', NOW)).toBe(300_000);
    expect(parseRetryAfter(new Date(NOW + 3600_000).toUTCString(), NOW)).toBe(300_000);
  });

  it('treats a date in the past as no wait, and garbage as no header', () => {
    expect(parseRetryAfter(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});
