import type { HearkenOptions } from './types';

/**
 * What a good value of each option looks like, as its error says it (`[hearken] data-delay must be a number of
 * milliseconds, got "soon"`). An option not listed is a text (`a non-empty text`), or one of its choices, which the
 * message lists (`one of light, dark, auto`). Apart from the option table (fields.ts), so that only the messages
 * carry these words: the script tag's full script loads them (`dist/hearken-messages.js`) when something is wrong.
 */
export const EXPECT: Partial<Record<keyof HearkenOptions, string>> = {
  endpoint: 'an http(s) URL',
  locale: 'a language tag like "de" or "pt-BR"',
  offset: 'a number of pixels from 0',
  accent: 'a CSS colour',
  scale: 'a number of points (NPS 11, CSAT 3 or 5, CES 5 or 7)',
  meta: 'an object of text values',
  texts: 'an object of texts',
  transport: 'fetch, beacon, dataLayer, segment, posthog, or an object with send(batch)',
  headers: 'an object of header values',
  credentials: 'true or false',
  target: 'an element',
  maxEntries: 'a positive number',
  ttlDays: 'a positive number',
  timeoutMs: 'a positive number',
  autoCloseMs: 'a number of milliseconds',
  trigger: 'manual or auto',
  delay: 'a number of milliseconds',
  scroll: 'a percentage from 0 to 100',
  exitIntent: 'true or false',
  onEvent: 'an event name',
  minPageviews: 'a whole number of page views',
  pages: 'URL patterns like /blog/* or !/admin/*',
  sample: 'a share of visitors from 0 to 1',
  device: 'mobile or desktop',
  resurveyDays: 'a number of days',
  dismissDays: 'a number of days',
  consent: 'granted, pending or denied',
  respectGpc: 'true or false',
  debug: 'true or false',
};
