import type { Contact, ContactChannel } from '../surveys/index';

// An address with one @, no spaces, and a dot inside the domain: name@example.com; at most 254 characters (RFC 5321's
// longest path), within the 320 the collector kit takes.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// After spaces, dashes, dots, slashes and brackets are taken out: + (or 00), then 7–15 digits (E.164).
const PHONE = /^(\+|00)([1-9]\d{6,14})$/;

/**
 * Checks what a visitor typed into the contact field. A good value gives the `contact` of the answer
 * record (a phone number as `+` and digits); a bad or empty one gives the text key of its inline error.
 */
export function readContact(channel: ContactChannel, typed: string): { contact: Contact } | { error: 'invalidEmail' | 'invalidPhone' } {
  const value = typed.trim();
  if (channel == 'email') return value.length < 255 && EMAIL.test(value) ? { contact: { consent: true, channel, value } } : { error: 'invalidEmail' };
  const phone = PHONE.exec(value.replace(/[\s\-./()]/g, ''));
  return phone ? { contact: { consent: true, channel, value: '+' + phone[2] } } : { error: 'invalidPhone' };
}
