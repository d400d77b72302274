// dist/hearken-ui.js: loaded by dist/hearken.js when a prompt is about to show.
import { KIT_KEY, kit } from './ui/kit';

(window as unknown as Record<string, unknown>)[KIT_KEY] = kit;
