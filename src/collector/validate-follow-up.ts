// Issue 13's optional fields of an answer record: the reasons picked and a consented contact.
import { MAX_REASON_LENGTH } from '../surveys';
import { isObject, show, textProblem } from './validate-values';

const MAX_REASONS = 50;
const MAX_CONTACT_LENGTH = 320;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\(?[0-9][0-9 ().-]{4,}$/;

/** Why `reasons` is not a list of distinct reason keys, as [field, reason], or null. */
export function reasonsProblem(reasons: unknown): [string, string] | null {
  if (!Array.isArray(reasons)) return ['reasons', `must be an array of reason keys, got ${show(reasons)}`];
  if (reasons.length > MAX_REASONS) return ['reasons', `must have at most ${MAX_REASONS} keys, got ${reasons.length}`];
  for (let i = 0; i < reasons.length; i++) {
    const problem = textProblem(reasons[i], MAX_REASON_LENGTH);
    if (problem) return [`reasons[${i}]`, problem];
    if (reasons.indexOf(reasons[i]) < i) return [`reasons[${i}]`, `must not repeat a key, got ${show(reasons[i])} twice`];
  }
  return null;
}

/** Why `contact` is not `{ consent: true, channel: 'email' | 'phone', value? }`, as [field, reason], or null. */
export function contactProblem(contact: unknown): [string, string] | null {
  if (!isObject(contact)) return ['contact', `must be an object {consent, channel, value}, got ${show(contact)}`];
  if (contact.consent !== true) return ['contact.consent', `must be true (a contact is sent only with consent), got ${show(contact.consent)}`];
  const channel = contact.channel;
  if (channel !== 'email' && channel !== 'phone') return ['contact.channel', `must be "email" or "phone", got ${show(channel)}`];
  const value = contact.value;
  if (value === undefined) return null;
  const problem = textProblem(value, MAX_CONTACT_LENGTH);
  if (problem) return ['contact.value', problem];
  const pattern = channel == 'email' ? EMAIL : PHONE;
  if (!pattern.test((value as string).trim())) {
    return ['contact.value', `must be ${channel == 'email' ? 'an email address' : 'a phone number'}, got ${show(value)}`];
  }
  return null;
}
