// One-off refactoring aid (kept for the next restructuring): rewrites every import between folders of src/ to
// go through the folder's door (src/<folder>/index.ts), adding the names it needs to that door.
// Usage: node scripts/doors.mjs   (then run the type check and dependency-cruiser)
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');
const files = [];
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : /\.tsx?$/.test(d.name) && files.push(path.join(dir, d.name))));
walk(SRC);
const folderOf = (file) => path.relative(SRC, file).split(path.sep)[0];
const isRoot = (file) => !path.relative(SRC, file).includes(path.sep);
const doorAdds = new Map(); // door file → Set of export lines
const importRe = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'(\.[^']+)';/g;

for (const file of files) {
  let text = fs.readFileSync(file, 'utf8');
  const from = isRoot(file) ? '' : folderOf(file);
  text = text.replace(importRe, (all, typeOnly, names, spec) => {
    const target = path.resolve(path.dirname(file), spec);
    const rel = path.relative(SRC, target);
    if (rel.startsWith('..') || !rel.includes(path.sep)) return all; // outside src, or a root file
    const folder = rel.split(path.sep)[0];
    if (folder == from) return all;
    const inner = rel.slice(folder.length + 1);
    if (inner == 'index') return all;
    const door = path.join(SRC, folder, 'index.ts');
    const lines = doorAdds.get(door) || new Set();
    const list = names.split(',').map((n) => n.trim()).filter(Boolean);
    const original = list.map((n) => n.replace(/^type\s+/, '').split(/\s+as\s+/)[0]);
    const types = list.filter((n) => typeOnly || /^type\s/.test(n)).map((n) => n.replace(/^type\s+/, '').split(/\s+as\s+/)[0]);
    const values = original.filter((n) => !types.includes(n));
    if (values.length) lines.add(`export { ${values.join(', ')} } from './${inner.replace(/\\/g, '/')}';`);
    if (types.length) lines.add(`export type { ${types.join(', ')} } from './${inner.replace(/\\/g, '/')}';`);
    doorAdds.set(door, lines);
    let doorSpec = path.relative(path.dirname(file), path.join(SRC, folder, 'index')).replace(/\\/g, '/');
    if (!doorSpec.startsWith('.')) doorSpec = './' + doorSpec;
    return `import ${typeOnly || ''}{${names}} from '${doorSpec}';`;
  });
  fs.writeFileSync(file, text);
}

// Adds each needed export to its door, once per name (a name the door already exports is left alone).
for (const [door, lines] of doorAdds) {
  let text = fs.existsSync(door) ? fs.readFileSync(door, 'utf8') : `// The door of src/${path.basename(path.dirname(door))}: what other folders may import from it.\n`;
  const exported = new Set([...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim().split(/\s+as\s+/).pop())));
  for (const line of [...lines].sort()) {
    const [, kind, names, from] = line.match(/export (type )?\{ ([^}]*) \} from '([^']+)';/);
    const missing = names.split(', ').filter((n) => !exported.has(n));
    if (!missing.length) continue;
    missing.forEach((n) => exported.add(n));
    text += `export ${kind || ''}{ ${missing.join(', ')} } from '${from}';\n`;
  }
  fs.writeFileSync(door, text);
}
console.log('doors updated:', [...doorAdds.keys()].map((d) => path.relative(SRC, d)).join(', '));
