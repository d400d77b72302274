import type { Contact } from '../surveys/index';
import type { PromptModel } from './render';
import type { PromptState } from './state';
import { readContact } from './contact-check';

/** What the follow-up step adds to the comment, when the visitor sends it. */
export interface FollowUp {
  /** Keys of the reasons picked. */
  reasons?: string[];
  /** Present only when the visitor ticked the consent. */
  contact?: Contact;
}

/**
 * The reasons picked and the consented contact of a follow-up being sent, or the text key of the contact
 * field's error when it holds no valid address or number. `typed` is the field's value (none without a field).
 */
export function readFollowUp(model: PromptModel, s: PromptState, typed = ''): FollowUp | { error: 'invalidEmail' | 'invalidPhone' } {
  const more: FollowUp = {};
  const picked = s.picked.peek();
  if (picked.length) more.reasons = picked;
  const channels = (s.consent.peek() && model.contact && model.contact(s.score.peek()!)) || [];
  if (!channels.length) return more;
  const channel = s.channel.peek() || channels[0]!;
  if (model.identified && model.identified()) return { ...more, contact: { consent: true, channel } };
  const read = readContact(channel, typed);
  return 'contact' in read ? { ...more, contact: read.contact } : read;
}
