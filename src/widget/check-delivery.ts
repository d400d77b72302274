import type { HearkenOptions, Report } from '../config/index';
import type { Delivery } from '../outbox/index';

/**
 * Whether a widget of these options can deliver (an endpoint, a transport that needs none, or a shared outbox);
 * reports what is missing: the endpoint (unless an endpoint attribute was given but rejected, already reported),
 * or the write key of a pipeline transport. A module apart from the widget (api.ts), so that the checks alone
 * (dist/hearken-checks.js, the npm entry's checks' chunk) run it without the widget's code.
 */
export function checkDelivery(base: HearkenOptions, raw: Record<string, unknown>, env: { delivery?: Delivery; endpointGiven?: boolean }, report: Report, nameOf: (option: string) => string) {
  const canDeliver = !!(env.delivery || base.endpoint || (base.transport && (typeof base.transport != 'string' || base.transport == 'dataLayer')));
  if (!canDeliver && raw.endpoint === undefined && !env.endpointGiven) report({ name: nameOf('endpoint'), key: 'endpoint', value: '', need: '' });
  if ((base.transport == 'segment' || base.transport == 'posthog') && !base.writeKey && raw.writeKey === undefined)
    report({ name: nameOf('writeKey'), key: 'writeKey', value: '', need: base.transport });
  return canDeliver;
}
