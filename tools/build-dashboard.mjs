// Builds the supervision dashboard (src/Dashboard) into a folder the API serves at /dashboard:
//   1. the typed client (codegen.yml: out/graphql.ts, the types of docs/operations/*.graphql),
//   2. a type check of the page with TypeScript (tsc; a type error fails the build),
//   3. one bundle with esbuild (ECharts included: nothing is fetched from a CDN), where importing a documented
//      operation gives its trusted-document id, sha256 of the file, the id the API registers it under at start-up.
// node build-dashboard.mjs <output folder>   (the API's build runs it when tools/node_modules is installed)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const tools = dirname(fileURLToPath(import.meta.url));
const source = resolve(tools, '../src/Dashboard');
const output = resolve(process.argv[2] ?? join(tools, 'out/dashboard'));
const bin = name => join(tools, 'node_modules/.bin', name);

/** Runs a step; its own output says what went wrong, so a failure ends the build with one line more. */
function step(name, file, args) {
  try {
    execFileSync(file, args, { cwd: tools, stdio: 'inherit' });
  } catch {
    console.error(`dashboard: ${name} failed`);
    process.exit(1);
  }
}

step('typed-client generation', bin('graphql-codegen'), ['--config', 'codegen.yml', '--silent']);
step('type check', bin('tsc'), ['-p', join(source, 'tsconfig.json')]);

/** `import document from '…/X.graphql'` gives { id: "sha256:…", name: "X" }: the page sends ids, never documents. */
const trustedDocuments = {
  name: 'trusted-documents',
  setup(build) {
    build.onLoad({ filter: /\.graphql$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const id = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
      const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(text)?.[1];
      if (!name) {
        return { errors: [{ text: `${basename(path)} names no operation` }] };
      }
      return { contents: JSON.stringify({ id, name }), loader: 'json' };
    });
  },
};

mkdirSync(output, { recursive: true });
await esbuild.build({
  entryPoints: [join(source, 'src/main.ts')],
  outfile: join(output, 'dashboard.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'linked',
  nodePaths: [join(tools, 'node_modules')],
  plugins: [trustedDocuments],
  logLevel: 'warning',
});
for (const file of ['index.html', 'dashboard.css']) {
  copyFileSync(join(source, file), join(output, file));
}
console.log(`dashboard: built into ${output}`);
