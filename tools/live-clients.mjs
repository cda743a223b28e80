// Subscriptions as users make them: the graphql-ws and graphql-sse npm clients subscribe on one server process, a
// report is submitted over HTTP (to another process when a second URL is given), and each client must hear of it
// within a second of the submission being sent (after a first, untimed report has warmed the server). Usage: node live-clients.mjs <subscribe-url> <submit-url> <supervisor-token>
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const [subscribeUrl, submitUrl, token] = process.argv.slice(2);
if (!subscribeUrl || !submitUrl || !token) {
  console.error('usage: node live-clients.mjs <subscribe-url> <submit-url> <supervisor-token>');
  process.exit(2);
}
const deadlineMs = 1000;

async function post(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

// A task with its first department, to report on.
const { tasks } = await post(submitUrl, '{ tasks(first: 1, order: [{ number: ASC }]) { nodes { id number departments { department { id name } } } } }');
const task = tasks.nodes[0];
const department = task.departments[0].department;

const SUBSCRIPTION = `subscription Reports($department: String!) {
  progressReportSubmitted(where: { department: { name: { eq: $department } } }) { id summary progressPercent task { number latestStatus } department { name } }
}`;

function listen(name, subscribe) {
  const events = [];
  const waiters = [];
  // The first event with this summary, with the moment it arrived (null after the deadline).
  const event = (summary, within) => new Promise((resolve) => {
    const check = () => {
      const found = events.find((e) => e.value?.data?.progressReportSubmitted?.summary === summary);
      if (found) resolve(found);
      return found;
    };
    if (!check()) {
      waiters.push(check);
      setTimeout(() => resolve(null), within);
    }
  });
  const ready = new Promise((resolve, reject) => {
    const stop = subscribe({
      next: (value) => { events.push({ value, at: performance.now() }); waiters.forEach((check) => check()); },
      error: (error) => reject(new Error(`${name}: ${JSON.stringify(error?.message ?? error)}`)),
      complete: () => {},
    }, resolve);
    listen.stops.push(stop);
  });
  return { name, ready, event };
}
listen.stops = [];

const ws = createWsClient({
  url: subscribeUrl.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
});
const sse = createSseClient({ url: subscribeUrl, headers: { Authorization: `Bearer ${token}` }, retryAttempts: 0 });

const listeners = [
  listen('graphql-ws', (sink, subscribed) => {
    ws.on('connected', () => setTimeout(subscribed, 200));
    return ws.subscribe({ query: SUBSCRIPTION, variables: { department: department.name } }, sink);
  }),
  listen('graphql-sse', (sink, subscribed) => {
    const stop = sse.subscribe({ query: SUBSCRIPTION, variables: { department: department.name } }, sink);
    // The distinct-connections stream has no acknowledgement: give the request a moment to reach the server.
    setTimeout(subscribed, 500);
    return stop;
  }),
];

const submit = async (summary) => {
  const data = await post(submitUrl, `mutation($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) { progressReport { id } errors { code message } } }`,
  { input: { taskId: task.id, departmentId: department.id, period: '2023-06', status: 'ON_TRACK', progressPercent: 40, summary } });
  const report = data.submitProgressReport.progressReport;
  if (!report) throw new Error(`the report was refused: ${JSON.stringify(data.submitProgressReport.errors)}`);
  return report;
};

let failures = 0;
try {
  await Promise.all(listeners.map((l) => l.ready));
  // A first report, not timed, proves both subscriptions are in place and warms the server's write and event paths.
  const warmUp = `live-clients warm-up ${Date.now()}`;
  await submit(warmUp);
  for (const listener of listeners) {
    if (!await listener.event(warmUp, 10_000)) throw new Error(`${listener.name} heard nothing of the first report in 10 s`);
  }
  const summary = `live-clients ${Date.now()}`;
  const sent = performance.now();
  const report = await submit(summary);
  for (const listener of listeners) {
    const outcome = await listener.event(summary, deadlineMs * 3);
    const received = outcome?.value?.data?.progressReportSubmitted;
    const elapsed = outcome ? Math.round(outcome.at - sent) : null;
    const ok = received && received.id === report.id && received.summary === summary && received.department.name === department.name && elapsed <= deadlineMs;
    console.log(`live-clients: ${listener.name} ${ok ? 'received' : 'did NOT receive'} report ${report.id} ` +
      `(task ${received?.task?.number ?? '-'}, ${received?.department?.name ?? '-'}) ${elapsed === null ? 'at all' : `in ${elapsed} ms`} (limit ${deadlineMs} ms)`);
    if (!ok) failures++;
  }
} catch (error) {
  console.error(`live-clients: ${error.message}`);
  failures++;
} finally {
  listen.stops.forEach((stop) => stop?.());
  await ws.dispose();
  sse.dispose();
}
process.exit(failures === 0 ? 0 : 1);
