// The graphql-http server audit suite against a running API: node audit.mjs [url]
// Exits non-zero on any error; warnings and notices are listed (and explained in docs/graphql-over-http-audit.md).
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5000/graphql';
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  results.push({ audit, result: await audit.fn() });
}
const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
for (const { audit, result } of results) {
  counts[result.status] = (counts[result.status] ?? 0) + 1;
  if (result.status !== 'ok') {
    console.log(`${result.status.toUpperCase()} ${audit.id} ${audit.name}: ${result.reason}`);
  }
}
console.log(`graphql-http audit: ${results.length} audits, ${counts.ok} ok, ${counts.warn} warnings, ${counts.notice} notices, ${counts.error} errors`);
process.exit(counts.error > 0 ? 1 : 0);
