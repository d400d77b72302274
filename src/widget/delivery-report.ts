/**
 * Delivery problems only the site's owner can fix, on the console without `data-debug`: an endpoint that
 * answers 4xx or redirects, and one that no attempt of the page view could reach. One `console.error` per kind
 * and page view; the outbox and its events are left as they are (answers are kept and retried).
 */
import type { TransportContext, TransportObject, TransportResult } from '../transports/index';
import { show } from '../config/index';

/** What `watchDelivery` needs. */
export interface DeliveryReportDeps {
  window: Window;
  /** The endpoint's URL, resolved against the page. */
  endpoint: string;
  /** The endpoint as the owner wrote it, when known (`collect`); else looked up in the page's `data-endpoint`. */
  given?: unknown;
  /** Names the option in messages (`data-endpoint` for the script tag). */
  nameOf(option: string): string;
  /** Where the lines go; default `console.error`. */
  print?: (message: string) => void;
}

// Attempts that must all fail at the network level before it is reported: one alone may be a blip.
const UNREACHABLE_AFTER = 2;
// What was reported on each page: one line per kind and page view, whatever number of widgets deliver.
const reportedOn = new WeakMap<Window, Set<string>>();

/**
 * The endpoint as the owner wrote it (`collect`): as given, or the page's `data-endpoint` (or `<hearken-survey
 * endpoint>`) that resolves to it; else its URL.
 */
function writtenAs(win: Window, endpoint: string, given: unknown): string {
  const elements = win.document.querySelectorAll('[data-endpoint],hearken-survey[endpoint]');
  const attributes = Array.from(elements, (el) => el.getAttribute('data-endpoint') || el.getAttribute('endpoint'));
  for (const text of [given, ...attributes]) {
    try {
      if (typeof text == 'string' && text.trim() != endpoint && new URL(text.trim(), win.location.href).href == endpoint) return text.trim();
    } catch {
      // not a URL: not this endpoint
    }
  }
  return endpoint;
}

/**
 * The line for a refusing or redirecting endpoint (`reason` from the transport: `HTTP 404`, `redirected to <url>
 * (HTTP 200); …`), or `undefined` for another reason. A 400 reached the endpoint and was refused for its body (the
 * collector kit's response names the field), so the URL is not what to check.
 */
function refusal(reason: string, named: string, name: string): string | undefined {
  const [, status, redirect] = /^HTTP (4\d\d)$|^(redirected to .*\)); /.exec(reason) || [];
  return status || redirect
    ? `[hearken] ${named} ${status ? 'answered ' + status : 'was ' + redirect}: answers are kept and retried; ` +
        (status == '400' ? 'it refused what was sent, and its response says why' : status ? 'check the URL' : 'set ' + name + ' to the final URL')
    : undefined;
}

/**
 * Watches the results of `transport` (sent while the page is visible; what a beacon says on leaving is not an
 * answer from the endpoint) and reports, once per kind and page view: a 4xx or a redirect, and an endpoint
 * that every attempt failed to reach (fetch's `TypeError`) while the browser says it is online.
 */
export function watchDelivery<T extends TransportObject>(transport: T, deps: DeliveryReportDeps): T {
  const { window: win, endpoint } = deps;
  const name = deps.nameOf('endpoint');
  const print = deps.print || ((message: string) => console.error(message));
  const reported = reportedOn.get(win) || new Set<string>();
  reportedOn.set(win, reported);
  const once = (kind: string, message: string | undefined) => message && !reported.has(kind) && (reported.add(kind), print(message));
  const named = (written = writtenAs(win, endpoint, deps.given)) => `${name} ${show(written)}` + (written == endpoint ? '' : ' → ' + endpoint);
  let reached = false;
  let failures = 0;
  const note = (result: TransportResult) => {
    const reason = (result as { reason?: string }).reason || '';
    if (result.status == 'reject') once('refused', refusal(reason, named(), name));
    if (result.status != 'retry' || !/TypeError/.test(reason)) return void (reached = true);
    const crossOrigin = new URL(endpoint).origin != win.location.origin;
    if (!reached && ++failures >= UNREACHABLE_AFTER && win.navigator.onLine !== false)
      once('unreachable', `[hearken] ${named()} could not be reached by any attempt of this page view (${reason}): answers are kept and retried; ${
        crossOrigin ? 'it is on another origin, so the likely cause is CORS: its Access-Control-Allow-Origin must allow this site' : 'check the URL and its server'
      }`);
  };
  const send = transport.send;
  transport.send = (batch, context: TransportContext) => {
    const result = send.call(transport, batch, context);
    if (!context.unload) Promise.resolve(result).then(note, () => {});
    return result;
  };
  return transport;
}
