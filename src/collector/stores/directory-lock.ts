import { readFileSync, rmSync, writeFileSync } from 'node:fs';

// Lock files this process holds. A file naming this process's id that is not among them was left by an earlier
// process that had the same id: in a container the collector is often PID 1 at every start.
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code == 'EPERM';
  }
}

/**
 * Takes a lock file holding this process's id, so a second process cannot open the same embedded database
 * (PGlite has no lock of its own, and two writers corrupt its files). A file left by a process that died
 * (killed, crashed) is taken over. Returns the function that releases it.
 */
export function holdDirectory(lockFile: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      held.add(lockFile);
      const release = () => {
        if (held.delete(lockFile)) rmSync(lockFile, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code != 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      const ours = owner == process.pid && held.has(lockFile);
      if (ours || (owner && owner != process.pid && alive(owner))) {
        throw new Error(`[hearken] createEmbeddedStore: ${lockFile} is held by process ${owner}; one process at a time may open an embedded store`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`[hearken] createEmbeddedStore: could not take ${lockFile}`);
}
