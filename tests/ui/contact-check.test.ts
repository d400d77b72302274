import { describe, expect, it } from 'vitest';
import { readContact } from '../../src/ui/contact-check';

describe('readContact', () => {
  it.each(['name@example.com', ' ann.lee+shop@mail.example.co.uk ', 'jörg@müller.de', 'a'.repeat(242) + '@example.com'])('takes the email %j', (typed) => {
    expect(readContact('email', typed)).toEqual({ contact: { consent: true, channel: 'email', value: typed.trim() } });
  });

  it.each(['', 'name', 'name@', '@example.com', 'name@example', 'a b@example.com', 'name@example..com', '+44 20 7946 0958', 'a'.repeat(243) + '@example.com'])('refuses the email %j', (typed) => {
    expect(readContact('email', typed)).toEqual({ error: 'invalidEmail' });
  });

  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (555) 010-0199', '+15550100199'],
    ['0049 30 901820', '+4930901820'],
    ['+33.1.23.45.67.89', '+33123456789'],
  ])('takes the phone number %j as %j', (typed, value) => {
    expect(readContact('phone', typed)).toEqual({ contact: { consent: true, channel: 'phone', value } });
  });

  it.each(['', '020 7946 0958', '+44', '+0 20 7946 0958', '+44 20 7946 0958 1234 5', 'call me', 'ann@example.com'])('refuses the phone number %j', (typed) => {
    expect(readContact('phone', typed)).toEqual({ error: 'invalidPhone' });
  });
});
