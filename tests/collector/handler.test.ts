import { describe, expect, it, vi } from 'vitest';
import { createCollector, type CollectedAnswer, type CollectorOptions } from '../../src/collector';
import { MIN_MAX_BODY_BYTES } from '../../src/collector/handler';
import { MAX_COMMENT_LENGTH } from '../../src/surveys';
import { batchBody, makeAnswer } from './answers';
import { memoryStore } from './memory-store';

const URL_ = 'https://collect.example/collect';

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

function setup(options: Partial<CollectorOptions> = {}) {
  const store = memoryStore();
  const log = vi.fn();
  const handler = createCollector({ store, log, rateLimit: 0, ...options });
  return { store, log, handler };
}

async function reply(response: Response) {
  return { status: response.status, body: await response.json() };
}

describe('createCollector: the endpoint contract', () => {
  it('stores a batch and answers 200 with the counts, for JSON and for a beacon’s text/plain', async () => {
    const { store, handler } = setup();
    const [a, b] = [makeAnswer(), makeAnswer()];
    expect(await reply(await handler(post(batchBody([a]))))).toEqual({ status: 200, body: { ok: true, stored: 1, duplicates: 0 } });
    const beacon = post(batchBody([a, b]), { 'content-type': 'text/plain;charset=UTF-8' });
    expect(await reply(await handler(beacon))).toEqual({ status: 200, body: { ok: true, stored: 1, duplicates: 1 } });
    expect(store.answers.map((x) => x.id)).toEqual([a.id, b.id]);
  });

  it('answers 2xx only after the store committed: a failing store gives 500, which the widget retries', async () => {
    const { store, log, handler } = setup();
    store.failing = true;
    const response = await handler(post(batchBody([makeAnswer()])));
    expect(await reply(response)).toEqual({ status: 500, body: { error: 'storage: could not store the answers, retry later' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });

  it('tells onStored about new answers only, after they are stored, and survives it throwing', async () => {
    const onStored = vi.fn().mockRejectedValueOnce(new Error('webhook down'));
    const { handler, log } = setup({ onStored });
    const [a, b] = [makeAnswer(), makeAnswer()];
    await handler(post(batchBody([a])));
    await handler(post(batchBody([a, b])));
    await vi.waitFor(() => expect(onStored).toHaveBeenCalledTimes(2));
    expect(onStored.mock.calls.map(([answers]) => answers.map((x: { id: string }) => x.id))).toEqual([[a.id], [b.id]]);
    expect(log).toHaveBeenCalledWith('[hearken] collector: onStored failed: webhook down');
  });

  it.each([
    ['GET', 405],
    ['PUT', 405],
    ['DELETE', 405],
  ])('answers %s with %i and Allow', async (method, status) => {
    const { handler } = setup();
    const response = await handler(new Request(URL_, { method }));
    expect(response.status).toBe(status);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('refuses other content types with 415', async () => {
    const { handler, store } = setup();
    const response = await handler(post(batchBody([makeAnswer()]), { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(await reply(response)).toEqual({ status: 415, body: { error: 'content-type: must be application/json or text/plain' } });
    expect(store.added).toEqual([]);
  });

  it('throws for bad options, naming them', () => {
    expect(() => createCollector({} as CollectorOptions)).toThrow(/store must be a Store/);
    expect(() => setup({ allowOrigins: ['shop.example'] })).toThrow(/allowOrigins must be .* got "shop.example"/);
    expect(() => setup({ rateLimit: -1 })).toThrow(/rateLimit must be a number ≥ 0, got -1/);
    expect(() => setup({ maxBodyBytes: Number.NaN })).toThrow(/maxBodyBytes/);
  });

  it('refuses a maxBodyBytes too small for one answer at the widget’s limits, which would get 413 for ever', () => {
    for (const tooSmall of [0, 1000, MIN_MAX_BODY_BYTES - 1]) {
      expect(() => setup({ maxBodyBytes: tooSmall })).toThrow(
        new TypeError(
          `[hearken] createCollector: maxBodyBytes must be a number ≥ ${MIN_MAX_BODY_BYTES} (one answer with the longest comment the widget sends), got ${tooSmall}`,
        ),
      );
    }
    expect(() => setup({ maxBodyBytes: MIN_MAX_BODY_BYTES })).not.toThrow();
  });

  it('says what to do when the body was read before the collector got the request (a 500: retried once that is fixed), logged once', async () => {
    const { handler, log, store } = setup();
    const advice = 'the request body was already read: mount the collector before body parsers such as express.json()';
    for (let i = 0; i < 3; i++) {
      const request = post(batchBody([makeAnswer()]));
      await request.text(); // as a middleware before it would
      expect(await reply(await handler(request))).toEqual({ status: 500, body: { error: `server: ${advice}` } });
    }
    expect(log.mock.calls).toEqual([[`[hearken] collector: ${advice}`]]);
    expect(store.added).toEqual([]);
  });

  it('answers a client that hangs up mid-upload with a 400 and logs nothing: it is no failure of the collector', async () => {
    const { handler, log, store } = setup();
    const cut = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"answers":['));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const request = new Request(URL_, { method: 'POST', body: cut, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect(await reply(await handler(request))).toEqual({ status: 400, body: { error: 'body: the connection closed before the whole body arrived' } });
    expect(log).not.toHaveBeenCalled();
    expect(store.added).toEqual([]);
  });
});

/** One answer as large as the widget and the collector let it be (a site's own `meta` aside). */
function largestAnswer(): CollectedAnswer {
  // 漢 and its like take 3 bytes of UTF-8 a character, as much as any character written as itself in JSON
  const text = (length: number, char = '漢') => char.repeat(length);
  return makeAnswer({
    id: text(100, 'i'),
    comment: text(MAX_COMMENT_LENGTH),
    reasons: Array.from({ length: 50 }, (_, i) => text(97) + String(i).padStart(3, '0')),
    contact: { consent: true, channel: 'email', value: `${text(300)}@${text(15)}.${text(3)}` },
    question: text(2000),
    locale: text(35, 'l'),
    touchpoint: text(2000),
    page: 'https://shop.example/' + text(2000 - 'https://shop.example/'.length),
    visitorId: text(2000),
    userId: text(2000),
  });
}

describe('createCollector: limits', () => {
  it('answers 413 above maxBodyBytes, by Content-Length or by what arrives', async () => {
    const { handler, store } = setup({ maxBodyBytes: MIN_MAX_BODY_BYTES });
    const big = batchBody(Array.from({ length: 4 }, () => makeAnswer({ comment: 'x'.repeat(MAX_COMMENT_LENGTH) })));
    expect(await reply(await handler(post(big)))).toEqual({ status: 413, body: { error: `body: must be at most ${MIN_MAX_BODY_BYTES} bytes` } });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(MAX_COMMENT_LENGTH)));
        controller.close();
      },
    });
    const chunked = new Request(URL_, { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    expect((await handler(chunked)).status).toBe(413);
    expect(store.added).toEqual([]);
  });

  it('takes one answer as large as the widget sends at the smallest maxBodyBytes', async () => {
    const { handler, store } = setup({ maxBodyBytes: MIN_MAX_BODY_BYTES });
    const answer = largestAnswer();
    expect(await reply(await handler(post(batchBody([answer]))))).toEqual({ status: 200, body: { ok: true, stored: 1, duplicates: 0 } });
    expect(store.answers[0]).toMatchObject(answer);
  });

  it('answers 429 with Retry-After past the per-client rate, per address, refilling over the minute', async () => {
    let now = 0;
    const { handler } = setup({ rateLimit: 3, now: () => now });
    const send = (clientAddress: string) => handler(post(batchBody([makeAnswer()])), { clientAddress });
    for (let i = 0; i < 3; i++) expect((await send('10.0.0.1')).status).toBe(200);
    const limited = await send('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect((await limited.json()).error).toMatch(/^rate limit: /);
    expect((await send('10.0.0.2')).status).toBe(200);
    now += 20_000;
    expect((await send('10.0.0.1')).status).toBe(200);
    expect((await send('10.0.0.1')).status).toBe(429);
  });

  it('limits at 60 requests a minute by default, and not at all with rateLimit 0 or without an address', async () => {
    const byDefault = createCollector({ store: memoryStore(), now: () => 0 });
    const statuses = [];
    for (let i = 0; i < 61; i++) statuses.push((await byDefault(post(batchBody([])), { clientAddress: '10.0.0.1' })).status);
    expect(statuses.filter((s) => s == 200)).toHaveLength(60);
    expect(statuses[60]).toBe(429);
    expect((await byDefault(post(batchBody([])))).status).toBe(200);
    const off = createCollector({ store: memoryStore(), rateLimit: 0, now: () => 0 });
    for (let i = 0; i < 100; i++) expect((await off(post(batchBody([])), { clientAddress: '10.0.0.1' })).status).toBe(200);
  });

  it('takes the address from clientAddress() when given: behind a proxy, the one it added, which no client can choose', async () => {
    // README: the right-most entry of X-Forwarded-For is the one your proxy added
    const clientAddress = (request: Request) => request.headers.get('x-forwarded-for')?.split(',').pop()?.trim();
    const { handler } = setup({ rateLimit: 1, now: () => 0, clientAddress });
    // the proxy appends the address it saw to whatever the client sent
    const send = (sent: string | null, seen: string) =>
      handler(post(batchBody([]), { 'x-forwarded-for': sent ? `${sent}, ${seen}` : seen }), { clientAddress: '127.0.0.1' });
    expect((await send(null, '1.1.1.1')).status).toBe(200);
    expect((await send(null, '2.2.2.2')).status).toBe(200);
    expect((await send(null, '1.1.1.1')).status).toBe(429);
    // a client writing an entry of its own each time is still the address the proxy saw
    expect((await send('10.9.8.7', '1.1.1.1')).status).toBe(429);
    expect((await send('10.9.8.6', '1.1.1.1')).status).toBe(429);
  });
});

describe('createCollector: bad input gets a 4xx with a reason or is stored intact', () => {
  it.each([
    ['invalid JSON', '{"answers": [', 400, 'body: must be JSON'],
    ['not an object', '[1, 2]', 400, 'body: must be an object {answers, sentAt}, got [1,2]'],
    ['answers not an array', '{"answers": "all"}', 400, 'answers: must be an array, got "all"'],
    ['a score of the wrong type', batchBody([makeAnswer({ score: '9' as unknown as number })]), 400, 'answers[0].score: must be an integer from 0 to 10, got "9"'],
    ['a wrong segment', batchBody([makeAnswer({ score: 10, segment: 'detractor' })]), 400, 'answers[0].segment: must be "promoter" for nps score 10 on 0–10, got "detractor"'],
    ['a contact without consent', batchBody([makeAnswer({ contact: { consent: false, channel: 'email' } as never })]), 400, 'answers[0].contact.consent: must be true (a contact is sent only with consent), got false'],
    ['reasons that are not strings', batchBody([makeAnswer({ reasons: [1] as never })]), 400, 'answers[0].reasons[0]: must be a string, got 1'],
    ['10,000 answers in one batch', batchBody(Array.from({ length: 10_000 }, () => ({ id: 'x' }))), 413, 'answers: at most 500 in one request, got 10000'],
    ['JSON nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), 400, 'body: nests deeper than 16 levels'],
  ])('%s', async (_name, body, status, error) => {
    const { handler, store } = setup({ maxBodyBytes: 4 * 1024 * 1024 });
    expect(await reply(await handler(post(body)))).toEqual({ status, body: { error } });
    expect(store.added).toEqual([]);
  });

  it('stores SQL-looking strings and a 100 KB comment with emoji intact', async () => {
    const { handler, store } = setup();
    const answer = makeAnswer({
      comment: '😀🇩🇪 naïve — 漢字 '.repeat(4000),
      touchpoint: "'; DROP TABLE hearken_answers; --",
      userId: '1 OR 1=1',
      meta: { "x'": 'SELECT * FROM pg_user' },
    });
    expect(new TextEncoder().encode(answer.comment).length).toBeGreaterThan(100_000);
    expect((await handler(post(batchBody([answer])))).status).toBe(200);
    expect(store.answers[0]).toMatchObject(answer);
  });

  it('never echoes input into HTML: every answer is JSON that browsers may not sniff', async () => {
    const { handler } = setup();
    const script = '<script>alert(1)</script>';
    const response = await handler(post(batchBody([{ ...makeAnswer(), survey: script }])));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await response.text();
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text).error).toBe(`answers[0].survey: must be one of nps, csat, ces, got "${script}"`);
  });
});
