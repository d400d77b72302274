// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { atFollowUp, labelled, settle, shadow, texts } from '../dom';

afterEach(() => {
  document.body.innerHTML = '';
});

const REASONS = [
  { key: 'late', label: 'Delivery was late' },
  { key: 'price', label: 'Price' },
  { key: 'markup', label: '<img src=x onerror=alert(1)>' },
];
const withReasons = { reasons: (score: number) => (score < 9 ? REASONS : []) };
const send = () => [...shadow().querySelectorAll('button')].find((b) => b.textContent == texts.submit)!.click();
const skip = () => [...shadow().querySelectorAll('button')].find((b) => b.textContent == texts.skip)!.click();

describe('reason chips', () => {
  it('are a group of checkboxes labelled "What was it about?" and described by its hint, above the comment', async () => {
    await atFollowUp(3, withReasons);
    const group = shadow().querySelector('fieldset')!;
    expect(group.querySelector('legend')!.textContent).toBe(texts.reasonsLabel);
    expect(shadow().getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe(texts.reasonsHint);
    const boxes = [...group.querySelectorAll('input')];
    expect(boxes.map((b) => [b.type, b.checked, b.closest('label')!.textContent])).toEqual(REASONS.map((r) => ['checkbox', false, r.label]));
    // above the comment box
    expect(group.compareDocumentPosition(shadow().querySelector('textarea')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('show a label holding markup as text', async () => {
    await atFollowUp(3, withReasons);
    expect(shadow().querySelector('img')).toBeNull();
    expect(labelled(REASONS[2]!.label).type).toBe('checkbox');
  });

  it('start the step: the first chip has the focus', async () => {
    await atFollowUp(3, withReasons);
    expect(shadow().activeElement).toBe(labelled('Delivery was late'));
  });

  it('send the keys picked with the comment, in the order picked', async () => {
    const { calls } = await atFollowUp(3, withReasons);
    labelled('Price').click();
    labelled('Delivery was late').click();
    labelled('<img src=x onerror=alert(1)>').click();
    labelled('<img src=x onerror=alert(1)>').click();
    await settle();
    expect(labelled('Price').checked).toBe(true);
    expect(labelled('<img src=x onerror=alert(1)>').checked).toBe(false);
    shadow().querySelector('textarea')!.value = 'Too slow';
    send();
    expect(calls.onComment).toHaveBeenCalledWith('Too slow', { reasons: ['price', 'late'] });
  });

  it('are left out by Skip, which skips the whole follow-up', async () => {
    const { calls } = await atFollowUp(3, withReasons);
    labelled('Price').click();
    await settle();
    skip();
    expect(calls.onComment).toHaveBeenCalledWith(undefined);
  });

  it('are not shown for a score whose segment is not asked; the comment box has the focus', async () => {
    await atFollowUp(10, withReasons);
    expect(shadow().querySelector('fieldset')).toBeNull();
    expect(shadow().activeElement).toBe(shadow().querySelector('textarea'));
  });
});
