// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactChannel } from '../../src/surveys/types';
import { atFollowUp, description, labelled, settle, shadow, texts } from '../dom';

afterEach(() => {
  document.body.innerHTML = '';
});

const asking = (channels: ContactChannel[], over = {}) => ({ contact: (score: number) => (score <= 6 ? channels : []), contactPurpose: 'Only about this order.', ...over });
const send = () => [...shadow().querySelectorAll('button')].find((b) => b.textContent == texts.submit)!.click();
const live = () => shadow().querySelector('[aria-live]')!.textContent;

async function consent() {
  labelled(texts.contactConsent).click();
  await settle();
}

describe('the contact request', () => {
  it('asks with its purpose and an unticked consent, and no field until it is ticked', async () => {
    await atFollowUp(2, asking(['email']));
    const group = shadow().querySelector('fieldset')!;
    expect(group.querySelector('legend')!.textContent).toBe(texts.contactQuestion);
    expect(shadow().getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe('Only about this order.');
    expect(labelled(texts.contactConsent)).toMatchObject({ type: 'checkbox', checked: false });
    expect(shadow().querySelector('input[type=email]')).toBeNull();
    await consent();
    expect(labelled(texts.contactEmail)).toMatchObject({ type: 'email', autocomplete: 'email' });
  });

  it('sends nothing about contact without consent', async () => {
    const { calls } = await atFollowUp(2, asking(['email']));
    send();
    expect(calls.onComment).toHaveBeenCalledWith(undefined);
  });

  it('sends the consented contact with the comment', async () => {
    const { calls } = await atFollowUp(2, asking(['email']));
    await consent();
    labelled(texts.contactEmail).value = ' ann@example.com ';
    shadow().querySelector('textarea')!.value = 'Broken lid';
    send();
    expect(calls.onComment).toHaveBeenCalledWith('Broken lid', { contact: { consent: true, channel: 'email', value: 'ann@example.com' } });
  });

  it('shows, describes and announces an invalid address, focuses the field, and sends nothing until it is fixed', async () => {
    const { calls } = await atFollowUp(2, asking(['email']));
    await consent();
    const field = labelled(texts.contactEmail);
    field.value = 'ann@example';
    send();
    await settle();
    expect(calls.onComment).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(shadow().getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe(texts.invalidEmail);
    expect(live()).toBe(texts.invalidEmail);
    expect(shadow().activeElement).toBe(field);
    // typing clears the error
    field.value = 'ann@example.com';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(field.hasAttribute('aria-describedby')).toBe(false);
    send();
    expect(calls.onComment).toHaveBeenCalledWith(undefined, { contact: { consent: true, channel: 'email', value: 'ann@example.com' } });
  });

  it('forgets the error when the consent is taken back', async () => {
    await atFollowUp(2, asking(['email']));
    await consent();
    labelled(texts.contactEmail).value = 'ann@';
    send();
    await settle();
    expect(description(labelled(texts.contactEmail))).toBe(texts.invalidEmail);
    await consent();
    await consent();
    expect(description(labelled(texts.contactEmail))).toBeNull();
    expect(labelled(texts.contactEmail).getAttribute('aria-invalid')).toBe('false');
  });

  it('with email and phone lets the visitor choose the channel', async () => {
    const { calls } = await atFollowUp(2, asking(['email', 'phone']));
    await consent();
    const [email, phone] = [...shadow().querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect([email!.checked, phone!.checked]).toEqual([true, false]);
    phone!.click();
    await settle();
    // the field, labelled by the channel chosen
    const field = shadow().querySelector<HTMLInputElement>('input[type=tel]')!;
    expect(shadow().querySelector(`label[for="${field.id}"]`)!.textContent).toBe(texts.contactPhone);
    field.value = '020 7946 0958';
    send();
    await settle();
    expect(description(field)).toBe(texts.invalidPhone);
    field.value = '+44 20 7946 0958';
    send();
    expect(calls.onComment).toHaveBeenCalledWith(undefined, { contact: { consent: true, channel: 'phone', value: '+442079460958' } });
  });

  it('asks an identified visitor only for consent, with no field', async () => {
    const { calls } = await atFollowUp(2, asking(['phone', 'email'], { identified: () => true }));
    await consent();
    expect(shadow().querySelector('input:not([type=checkbox])')).toBeNull();
    expect(shadow().textContent).toContain(texts.contactKnown);
    send();
    expect(calls.onComment).toHaveBeenCalledWith(undefined, { contact: { consent: true, channel: 'phone' } });
  });

  it('is not shown to a segment that is not asked', async () => {
    await atFollowUp(9, asking(['email']));
    expect(shadow().querySelector('fieldset')).toBeNull();
  });
});
