// A process of directory-lock.test.ts's race: bundled by the test, forked a few times. Told `{ take, gate }`, it
// answers, opens the named pipe `gate` (which blocks until the test opens its other end, once every process is
// there: so they all start at once), tries to hold each lock file of `take` in turn and answers, for each, the error
// or null when it holds it; told `{ release: true }`, it lets go of what it holds.
import { closeSync, openSync } from 'node:fs';
import { holdDirectory } from '../../../src/collector/stores/directory-lock';

let releases: (() => void)[] = [];
// Each lock held adds an exit listener, and one process may hold all 20 of a start here (a collector holds one).
process.setMaxListeners(0);
process.on('message', (message: { take?: string[]; gate?: string }) => {
  if (message.take && message.gate) {
    process.send!('waiting');
    closeSync(openSync(message.gate, 'r'));
    const errors = message.take.map((file) => {
      try {
        releases.push(holdDirectory(file));
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    });
    process.send!(errors);
  } else {
    for (const release of releases) release();
    releases = [];
    process.send!('released');
  }
});
process.send!('ready');
