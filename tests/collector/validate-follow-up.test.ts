import { describe, expect, it } from 'vitest';
import { contactProblem, reasonsProblem } from '../../src/collector/validate-follow-up';

describe('reasonsProblem', () => {
  it.each<[unknown, [string, string] | null]>([
    [[], null],
    [['price', 'delivery'], null],
    [Array.from({ length: 50 }, (_, i) => `r${i}`), null],
    [['x'.repeat(100)], null],
    ['price', ['reasons', 'must be an array of reason keys, got "price"']],
    [{ 0: 'price' }, ['reasons', 'must be an array of reason keys, got {"0":"price"}']],
    [Array.from({ length: 51 }, (_, i) => `r${i}`), ['reasons', 'must have at most 50 keys, got 51']],
    [['a', 'a'], ['reasons[1]', 'must not repeat a key, got "a" twice']],
    [['a', 'b', 'a'], ['reasons[2]', 'must not repeat a key, got "a" twice']],
    [[''], ['reasons[0]', 'must be a non-empty string']],
    [['ok', 3], ['reasons[1]', 'must be a string, got 3']],
    [['x'.repeat(101)], ['reasons[0]', 'must be at most 100 characters, got 101']],
  ])('%j gives %j', (reasons, problem) => {
    expect(reasonsProblem(reasons)).toEqual(problem);
  });
});

describe('contactProblem', () => {
  it.each<[unknown, [string, string] | null]>([
    [{ consent: true, channel: 'email' }, null],
    [{ consent: true, channel: 'phone' }, null],
    [{ consent: true, channel: 'email', value: 'ana@example.com' }, null],
    [{ consent: true, channel: 'email', value: '  ana@example.com ' }, null],
    [{ consent: true, channel: 'phone', value: '+44 20 7946 0958' }, null],
    [{ consent: true, channel: 'phone', value: '+1 (555) 010-4477' }, null],
    [{ consent: true, channel: 'phone', value: '030 123-4567' }, null],
    // a national number with its area code in brackets, as typed in Germany or the US
    [{ consent: true, channel: 'phone', value: '(030) 123-4567' }, null],
    ['yes', ['contact', 'must be an object {consent, channel, value}, got "yes"']],
    [null, ['contact', 'must be an object {consent, channel, value}, got null']],
    [[], ['contact', 'must be an object {consent, channel, value}, got []']],
    [{ channel: 'email' }, ['contact.consent', 'must be true (a contact is sent only with consent), got nothing']],
    [{ consent: 'true', channel: 'email' }, ['contact.consent', 'must be true (a contact is sent only with consent), got "true"']],
    [{ consent: false, channel: 'email', value: 'ana@example.com' }, ['contact.consent', 'must be true (a contact is sent only with consent), got false']],
    [{ consent: true, channel: 'fax' }, ['contact.channel', 'must be "email" or "phone", got "fax"']],
    [{ consent: true }, ['contact.channel', 'must be "email" or "phone", got nothing']],
    [{ consent: true, channel: 'email', value: '' }, ['contact.value', 'must be a non-empty string']],
    [{ consent: true, channel: 'email', value: 42 }, ['contact.value', 'must be a string, got 42']],
    [{ consent: true, channel: 'email', value: `${'a'.repeat(310)}@example.com` }, ['contact.value', 'must be at most 320 characters, got 322']],
    [{ consent: true, channel: 'email', value: 'not-an-address' }, ['contact.value', 'must be an email address, got "not-an-address"']],
    [{ consent: true, channel: 'email', value: 'ana@example' }, ['contact.value', 'must be an email address, got "ana@example"']],
    [{ consent: true, channel: 'email', value: 'ana maria@example.com' }, ['contact.value', 'must be an email address, got "ana maria@example.com"']],
    [{ consent: true, channel: 'phone', value: 'call me' }, ['contact.value', 'must be a phone number, got "call me"']],
    [{ consent: true, channel: 'phone', value: '1234' }, ['contact.value', 'must be a phone number, got "1234"']],
    [{ consent: true, channel: 'phone', value: 'ana@example.com' }, ['contact.value', 'must be a phone number, got "ana@example.com"']],
  ])('%j gives %j', (contact, problem) => {
    expect(contactProblem(contact)).toEqual(problem);
  });
});
