// CORS as a browser app on another origin meets it, in Debian's Chromium: a page served from an allowed origin
// (Security:CorsOrigins) asks the API with GET and with POST (after a preflight) and reads ETag and X-Cache from its
// script; the preflight says how long to keep it (Max-Age); a page from an origin not allowed is refused by the browser.
// Usage: node cors-browser-test.mjs <graphql url> <allowed port> <other port>
//   (the server configured with Security__CorsOrigins__0=http://127.0.0.1:<allowed port>)
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const [url, allowedPort, otherPort] = process.argv.slice(2);
if (!url || !allowedPort || !otherPort) {
  console.error('usage: node cors-browser-test.mjs <graphql url> <allowed port> <other port>');
  process.exit(2);
}
const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a browser app</title></head><body>app</body></html>';
const serve = port => new Promise(resolve => {
  const server = createServer((_, response) => { response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); response.end(page); });
  server.listen(Number(port), '127.0.0.1', () => resolve(server));
});
const servers = await Promise.all([serve(allowedPort), serve(otherPort)]);

// What the page's own script can read of the API's answers.
const ask = async (api) => {
  const query = '{ targets { totalCount } }';
  const get = await fetch(`${api}?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/graphql-response+json' } });
  const post = await fetch(api, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }),
  });
  return {
    getStatus: get.status, etag: get.headers.get('ETag'), cache: get.headers.get('X-Cache'),
    postStatus: post.status, postCache: post.headers.get('X-Cache'), total: (await post.json()).data?.targets?.totalCount,
  };
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures = [];
try {
  const allowed = await browser.newPage();
  const exposed = [];
  allowed.on('response', response => {
    if (response.url().startsWith(url)) exposed.push(response.headers()['access-control-expose-headers'] ?? '');
  });
  await allowed.goto(`http://127.0.0.1:${allowedPort}/`);
  const seen = await allowed.evaluate(ask, url);
  if (seen.getStatus !== 200 || seen.postStatus !== 200 || seen.total !== 11) failures.push(`the allowed origin's requests: ${JSON.stringify(seen)}`);
  if (!seen.etag || !seen.cache || !seen.postCache) failures.push(`the page cannot read ETag and X-Cache: ${JSON.stringify(seen)}`);
  if (!exposed.some(list => /retry-after/i.test(list) && /etag/i.test(list) && /x-cache/i.test(list))) failures.push(`Access-Control-Expose-Headers: ${JSON.stringify(exposed)}`);
  // Chromium keeps its preflights from the page's events: the same preflight, asked here, must say how long to keep it.
  const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: `http://127.0.0.1:${allowedPort}`, 'Access-Control-Request-Method': 'POST',
    'Access-Control-Request-Headers': 'content-type' } });
  const maxAge = Number(preflight.headers.get('access-control-max-age'));
  if (!(maxAge >= 600)) failures.push(`the preflight's Max-Age: ${preflight.status} ${maxAge}`);

  const other = await browser.newPage();
  await other.goto(`http://127.0.0.1:${otherPort}/`);
  const refused = await other.evaluate(async api => {
    try {
      await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ targets { totalCount } }' }) });
      return 'answered';
    } catch (error) {
      return `refused: ${error.name}`;
    }
  }, url);
  if (!refused.startsWith('refused')) failures.push(`an origin not allowed was ${refused}`);
  if (failures.length === 0) {
    console.log(`cors browser test: a page on http://127.0.0.1:${allowedPort} reads the answers, ETag (${seen.etag}) and X-Cache (${seen.cache}, ${seen.postCache}); `
      + `the preflight is kept ${maxAge} s; a page on port ${otherPort} is ${refused}`);
  }
} finally {
  await browser.close();
  servers.forEach(server => server.close());
}
if (failures.length > 0) {
  console.error(`cors browser test: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
