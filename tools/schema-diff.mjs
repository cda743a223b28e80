// Compares schema.graphql with the published baseline (docs/schema/baseline.graphql) and fails on a breaking
// change that docs/schema/intended-breaking-changes.txt does not list: node schema-diff.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const intended = new Set(readFileSync('../docs/schema/intended-breaking-changes.txt', 'utf8')
  .split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')));
let output;
try {
  output = execFileSync('npx', ['graphql-inspector', 'diff', '../docs/schema/baseline.graphql', '../schema.graphql'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  // graphql-inspector exits non-zero when it finds breaking changes; its report is on stdout all the same.
  output = (error.stdout ?? '') + (error.stderr ?? '');
}
const breaking = output.split('\n').filter(l => l.includes('✖')).map(l => l.slice(l.indexOf('✖') + 1).trim());
const unintended = breaking.filter(b => !intended.has(b));
console.log(output.trim());
console.log(`schema diff: ${breaking.length} breaking changes, ${unintended.length} not marked as intended`);
process.exit(unintended.length > 0 ? 1 : 0);
