// CORS for the collector: headers only for the origins the owner allowed.

const ALLOWED_HEADERS = 'Content-Type, Authorization';
// A header name (RFC 9110's token): what a preflight's Access-Control-Request-Headers may list.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;

/** How the collector treats a request's origin. */
export interface OriginVerdict {
  /** False for a cross-origin request from an origin that is not allowed: it gets a 403 and no CORS headers. */
  allowed: boolean;
  /** The CORS headers to send (none for same-origin requests, requests without Origin, and refused origins). */
  headers: Record<string, string>;
}

/** Checks `allowOrigins`: `'*'` or a list of origins like `https://shop.example`. Throws a message naming the bad value. */
export function checkAllowOrigins(allowOrigins: unknown): readonly string[] | '*' {
  if (allowOrigins === undefined) return [];
  if (allowOrigins === '*') return '*';
  const list = Array.isArray(allowOrigins) ? allowOrigins : [allowOrigins];
  for (const origin of list) {
    if (typeof origin != 'string' || !/^https?:\/\/[^/\s]+$/i.test(origin)) {
      throw new TypeError(
        `[hearken] createCollector: allowOrigins must be '*' or a list of origins like 'https://shop.example' (scheme and host, no path), got ${JSON.stringify(origin)}`,
      );
    }
  }
  return list.map((origin: string) => origin.toLowerCase());
}

/** The first value of a header a chain of proxies appends to (`a, b`: the first is the client's side), or ''. */
function firstValue(request: Request, name: string): string {
  return (request.headers.get(name) || '').split(',')[0].trim();
}

/**
 * The origin the browser posted to: the request's own URL's, or behind a proxy that ends TLS or rewrites the host, the
 * one it forwards (`X-Forwarded-Proto` / `X-Forwarded-Host`, or RFC 7239's `Forwarded: proto=…;host=…`). Forwarded
 * headers only ever make a request same-origin when they name its `Origin`, and a page of another origin cannot make a
 * browser send them: they are not CORS-safelisted, so the browser asks first with a preflight that carries none, and
 * that preflight, from an origin not allowed, gets no CORS headers.
 */
function postedTo(request: Request): string[] {
  const own = new URL(request.url);
  const forwarded = firstValue(request, 'forwarded');
  const param = (name: string) => (new RegExp(`(?:^|;)\\s*${name}="?([^";]+)`, 'i').exec(forwarded) || [])[1];
  const proto = firstValue(request, 'x-forwarded-proto') || param('proto');
  const host = firstValue(request, 'x-forwarded-host') || param('host');
  const origins = [own.origin];
  try {
    if (proto || host) origins.push(new URL(`${proto || own.protocol.slice(0, -1)}://${host || own.host}`).origin);
  } catch {
    // not a scheme and host: the request's own origin only
  }
  return origins;
}

/** The headers a preflight may allow: Content-Type and Authorization, and those it asks for (a transport's `headers`). */
function allowedHeaders(request: Request): string {
  const asked = (request.headers.get('access-control-request-headers') || '').split(',').map((name) => name.trim());
  return [ALLOWED_HEADERS, ...asked.filter((name) => HEADER_NAME.test(name) && !/^(content-type|authorization)$/i.test(name))].join(', ');
}

/** The verdict on a request's `Origin` header. */
export function originVerdict(request: Request, allowOrigins: readonly string[] | '*'): OriginVerdict {
  const origin = request.headers.get('origin');
  if (origin === null) return { allowed: true, headers: {} };
  let sameOrigin = false;
  try {
    sameOrigin = postedTo(request).indexOf(origin.toLowerCase()) >= 0;
  } catch {
    // a Request always has an absolute URL; stay on the safe side if not
  }
  if (sameOrigin) return { allowed: true, headers: {} };
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': allowedHeaders(request),
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
  if (allowOrigins === '*') return { allowed: true, headers: { ...headers, 'Access-Control-Allow-Origin': '*' } };
  if (allowOrigins.indexOf(origin.toLowerCase()) < 0) return { allowed: false, headers: { Vary: 'Origin' } };
  // Credentials are allowed for listed origins: beacons always send cookies, and the fetch transport may.
  return { allowed: true, headers: { ...headers, 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } };
}
