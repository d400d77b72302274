// The collector's answers: JSON that no browser reads as anything else.

// Reasons quote the input: <, > and & are written as \u escapes, so no byte of the answer reads as markup.
const MARKUP = /[<>&]/g;
const escapeMarkup = (char: string) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');

/** An answer of the collector: `body` as JSON (none for a 204), never cached, never sniffed, with `headers` added. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status == 204 ? null : JSON.stringify(body).replace(MARKUP, escapeMarkup), {
    status,
    headers: {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      // and no browser may sniff the JSON as HTML
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
