import { describe, expect, it } from 'vitest';
import { UNLOAD_LIMIT, bodyOf } from '../../src/transports/body';
import { answer } from '../outbox/helpers';

describe('bodyOf', () => {
  it('is the JSON a collector receives: the answers as given and when they were sent', () => {
    const batch = [answer('a', 'Great'), answer('b')];
    const body = JSON.parse(bodyOf(batch, Date.UTC(2026, 11, 4, 20, 0, 0)));
    expect(body).toEqual({ answers: batch, sentAt: '2026-12-04T20:00:00.000Z' });
    expect(Object.keys(body)).toEqual(['answers', 'sentAt']);
  });

  it('keeps the text of a comment as text, whatever it holds', () => {
    const comment = '</script><b>"quoted"</b>\n\u2028 ünïcode';
    expect(JSON.parse(bodyOf([answer('a', comment)], 0)).answers[0].comment).toBe(comment);
  });

  it('sends an empty batch as an empty list', () => {
    expect(JSON.parse(bodyOf([], 0))).toEqual({ answers: [], sentAt: '1970-01-01T00:00:00.000Z' });
  });
});

describe('UNLOAD_LIMIT', () => {
  it("is the browsers' 64 KiB budget for keepalive fetches and beacons", () => {
    expect(UNLOAD_LIMIT).toBe(64 * 1024);
  });
});
