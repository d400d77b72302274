// Runs npm scripts side by side, each one's output shown whole once it ends (in the order given), and fails when
// any failed. `npm test` runs the build, the type check and the shape checks so: none reads what another writes
// (the type check and the shape checks read src/, tests/ and demo/; the build writes dist/), and each is one
// single-threaded process, so two cores run them in about the build's time alone (measured: 46 + 31 + 4 s one
// after another).
// Usage: node scripts/parallel.mjs build typecheck check
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.platform == 'win32' ? 'npm.cmd' : 'npm';

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks = [];
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
      child.on('error', (error) => resolve({ name, code: 1, output: String(error), seconds: 0 }));
      child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString(), seconds: (Date.now() - started) / 1000 }));
    }),
);

let failed = 0;
// each one's output as soon as it and those before it ended, so a long build does not hide a quick failure for long
for (const run of runs) {
  const { name, code, output, seconds } = await run;
  process.stdout.write(output);
  console.log(`${code ? '✗' : '✓'} npm run ${name}: ${code ? 'failed (exit ' + code + ')' : 'done'} in ${seconds.toFixed(1)} s`);
  if (code) failed++;
}
process.exit(failed ? 1 : 0);
