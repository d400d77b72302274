import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertText, createAlerts } from '../../demo/server/alerts.mjs';
import { parseArgs } from '../../demo/server/cli.mjs';
import { cleanUp, npsAnswer, postAnswers, startServer } from './helpers';

/** A webhook on a free port that answers with the statuses given, in order (200 once they run out). */
let hook: Server;
let hookUrl = '';
const received: { text: string }[] = [];
let statuses: number[] = [];
let hold: Promise<void> | null = null;
beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      if (hold) await hold;
      received.push(JSON.parse(body));
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;
});
afterAll(async () => {
  hook.closeAllConnections();
  await new Promise((resolve) => hook.close(resolve));
  cleanUp();
});

const contactRequest = npsAnswer(2, { touchpoint: 'checkout', comment: 'Card <b>declined</b> & no help', reasons: ['website'], contact: { consent: true, channel: 'email', value: 'sam@example.com' } });

describe('alertText', () => {
  it('says what happened where, with the reasons and the comment as Slack text (escaped), but not the address', () => {
    const text = alertText(contactRequest)!;
    expect(text).toContain('Contact request: NPS 2 of 0–10 (detractor) at checkout (en)');
    expect(text).toContain('Asks to be contacted by email');
    expect(text).toContain('Reasons: website');
    expect(text).toContain('&gt; Card &lt;b&gt;declined&lt;/b&gt; &amp; no help');
    expect(text).not.toContain('sam@example.com');
  });

  it('points to where the request is listed: "To contact" for an unhappy visitor, the API for a happy one', () => {
    expect(alertText(contactRequest)).toContain('see "To contact" on the dashboard');
    const happy = alertText(npsAnswer(10, { contact: { consent: true, channel: 'email', value: 'ana@example.com' } }))!;
    expect(happy).toContain('Contact request: NPS 10');
    expect(happy).toContain('see /api/contacts (the dashboard lists only the unhappy ones)');
    expect(happy).not.toContain('"To contact"');
  });

  it('alerts on a detractor comment, not on a promoter comment or a detractor without one', () => {
    expect(alertText(npsAnswer(4, { comment: 'Too slow' }))).toMatch(/^Unhappy comment: NPS 4/);
    expect(alertText(npsAnswer(10, { comment: 'Great' }))).toBeNull();
    expect(alertText(npsAnswer(1))).toBeNull();
  });
});

describe('webhook alerts', () => {
  it('POSTs {"text"} for each contact request and detractor comment, retrying failures, after the answer got its 200', async () => {
    received.length = 0;
    statuses = [500, 503];
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const server = await startServer({ webhook: hookUrl, alertRetryMs: [10, 10, 10] });
    try {
      // the webhook is holding every request: the collector answers anyway
      const res = await postAnswers(server, [contactRequest, npsAnswer(10, { comment: 'Lovely' }), npsAnswer(5, { comment: 'Meh' })]);
      expect(res.status).toBe(200);
      expect(received).toEqual([]);
      release();
      hold = null;
      await server.alerts.idle();
      const texts = received.map((body) => body.text);
      // two alerts; two attempts failed (500, 503) and were sent again
      expect(texts.length).toBe(4);
      expect(new Set(texts).size).toBe(2);
      expect(texts.some((t) => t.startsWith('Contact request: NPS 2'))).toBe(true);
      expect(texts.some((t) => t.startsWith('Unhappy comment: NPS 5'))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('gives up on a 4xx (a wrong URL), and after the last retry', async () => {
    const lines: string[] = [];
    const attempts: number[] = [];
    const fetch = async () => {
      attempts.push(1);
      return new Response(null, { status: attempts.length == 1 ? 404 : 500 });
    };
    const alerts = createAlerts({ url: 'https://hooks.example/x', fetch: fetch as never, retryMs: [1, 1], log: (l) => lines.push(l) });
    alerts.notify([npsAnswer(3, { comment: 'No' })]);
    await alerts.idle();
    expect(attempts.length).toBe(1);
    expect(lines).toEqual(['alert: the webhook answered 404: check HEARKEN_WEBHOOK_URL; not retried']);
    alerts.notify([npsAnswer(3, { comment: 'No' })]);
    await alerts.idle();
    expect(attempts.length).toBe(4);
    expect(lines.at(-1)).toBe('alert: the webhook answered 500; gave up after 3 attempts');
  });

  it('is set by HEARKEN_WEBHOOK_URL or --webhook, which must be an http(s) URL', () => {
    expect(parseArgs([], { HEARKEN_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/x' }).webhook).toBe('https://hooks.slack.com/services/T/B/x');
    expect(parseArgs(['--webhook=http://127.0.0.1:9/hook'], {}).webhook).toBe('http://127.0.0.1:9/hook');
    expect(() => parseArgs(['--webhook=slack'], {})).toThrow('[hearken] the webhook (--webhook or HEARKEN_WEBHOOK_URL) must be an http(s) URL, got "slack"');
  });
});
