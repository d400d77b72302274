import { createHash, randomUUID } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// Lock files this process holds. A file naming this process's id that is not among them was left by an earlier
// process that had the same id: in a container the collector is often PID 1 at every start.
const held = new Set<string>();
// Rounds of "create it, or find it stale and remove it" before giving up. A round is lost only while another
// process removes the same stale file, which takes microseconds: losing them all means that process was killed
// halfway, leaving the stale file's grave behind (the final message says what to delete).
const ROUNDS = 1000;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) == 'EPERM';
  }
}

/**
 * Creates `file` holding `text` unless a file is there. It is written aside and then linked in: `writeFileSync`
 * with `wx` creates the file empty before writing, and a process reading it then would take it for a stale lock.
 */
function createWith(file: string, text: string): boolean {
  const draft = `${file}.${randomUUID()}.new`;
  writeFileSync(draft, text, { flag: 'wx' });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if (codeOf(error) == 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** The file's text, or undefined when there is none. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (codeOf(error) == 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Where a stale lock is linked while one process removes it: one name per lock file ever written (its text holds a
 * random id), so only one process can make it.
 */
export const graveOf = (lockFile: string, text: string) => `${lockFile}.stale-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

/**
 * Removes the stale lock file whose text is `staleText`, unless another process is doing so. Read-check-remove by
 * name is not enough: between the read and the removal, another process may have removed the stale file and taken
 * the lock, and that fresh lock would be removed. So the file is first hard-linked to its grave (a link fails when
 * the grave exists: one process wins), the grave is read to check that it is the stale file and not a newer one,
 * and only then is the lock file removed.
 */
function removeStale(lockFile: string, staleText: string): void {
  const grave = graveOf(lockFile, staleText);
  try {
    linkSync(lockFile, grave);
  } catch (error) {
    // another process is removing it (EEXIST), or it is gone already (ENOENT)
    if (codeOf(error) == 'EEXIST' || codeOf(error) == 'ENOENT') return;
    throw error;
  }
  try {
    if (readFileSync(grave, 'utf8') == staleText) rmSync(lockFile, { force: true });
  } finally {
    rmSync(grave, { force: true });
  }
}

function holding(lockFile: string): () => void {
  held.add(lockFile);
  const release = () => {
    if (held.delete(lockFile)) rmSync(lockFile, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/**
 * Takes a lock file holding this process's id, so a second process cannot open the same embedded database
 * (PGlite has no lock of its own, and two writers corrupt its files). A file left by a process that died
 * (killed, crashed) is taken over; of processes starting at the same moment, exactly one gets it. Returns the
 * function that releases it.
 */
export function holdDirectory(lockFile: string): () => void {
  // The process's id, then an id of this lock file alone: two files never have the same text (see graveOf).
  const text = `${process.pid}\n${randomUUID()}\n`;
  for (let round = 0; round < ROUNDS; round++) {
    if (createWith(lockFile, text)) return holding(lockFile);
    const found = readIfThere(lockFile);
    if (found === undefined) continue;
    const owner = Number(found.split('\n')[0]);
    const ours = owner == process.pid && held.has(lockFile);
    if (ours || (owner && owner != process.pid && alive(owner))) {
      throw new Error(`[hearken] createEmbeddedStore: ${lockFile} is held by process ${owner}; one process at a time may open an embedded store`);
    }
    removeStale(lockFile, found);
  }
  throw new Error(
    `[hearken] createEmbeddedStore: could not take ${lockFile}: another process kept taking it over at the same time (if none is running, delete ${lockFile} and ${lockFile}.stale-*)`,
  );
}
