import type { FollowUp, PromptModel } from './types';
import type { PromptState } from './state';
import { readContact } from './contact-check';


/**
 * The reasons picked and the consented contact of a follow-up being sent, or the text key of the contact
 * field's error when it holds no valid address or number. `typed` is the field's value (none without a field).
 */
export function readFollowUp(model: PromptModel, state: PromptState, typed = ''): FollowUp | { error: 'invalidEmail' | 'invalidPhone' } {
  const more: FollowUp = {};
  const picked = state.picked.peek();
  if (picked.length) more.reasons = picked;
  const channels = (state.consent.peek() && model.contact && model.contact(state.score.peek()!)) || [];
  if (!channels.length) return more;
  const channel = state.channel.peek() || channels[0]!;
  if (model.identified && model.identified()) return { ...more, contact: { consent: true, channel } };
  const read = readContact(channel, typed);
  return 'contact' in read ? { ...more, contact: read.contact } : read;
}
