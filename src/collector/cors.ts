// CORS for the collector: headers only for the origins the owner allowed.

const ALLOWED_HEADERS = 'Content-Type, Authorization';

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

/** The verdict on a request's `Origin` header. */
export function originVerdict(request: Request, allowOrigins: readonly string[] | '*'): OriginVerdict {
  const origin = request.headers.get('origin');
  if (origin === null) return { allowed: true, headers: {} };
  let sameOrigin = false;
  try {
    sameOrigin = new URL(request.url).origin === origin;
  } catch {
    // a Request always has an absolute URL; stay on the safe side if not
  }
  if (sameOrigin) return { allowed: true, headers: {} };
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
  if (allowOrigins === '*') return { allowed: true, headers: { ...headers, 'Access-Control-Allow-Origin': '*' } };
  if (allowOrigins.indexOf(origin.toLowerCase()) < 0) return { allowed: false, headers: { Vary: 'Origin' } };
  // Credentials are allowed for listed origins: beacons always send cookies, and the fetch transport may.
  return { allowed: true, headers: { ...headers, 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } };
}
