// How soon the other process stops serving an answer a commit made old: a question is asked of process B until it
// is cached there (X-Cache: HIT), a report that changes its answer is submitted to process A, and B is asked again
// at once and until its answer shows the report. Also the time until an SSE subscriber on B hears of the report.
// Prints one line: bench invalidation trials=… commit_to_fresh_ms p50/max=… stale_answers=… commit_to_event_ms p50/max=…
//   node invalidation.mjs URL_A URL_B TOKEN TASK_ID DEPARTMENT_ID [TRIALS]
const [urlA, urlB, token, taskId, departmentId, trialsArg] = process.argv.slice(2);
const trials = Number(trialsArg ?? 20);
// A list, not node(id:): node and nodes answers are never kept (they may hold audit entries), so asking by node would
// measure nothing but computed answers (cached_before=0/20 in the run of 2026-12-03 that found it). The task is the
// first by number, as run.sh picks it.
const QUESTION = `query Standing { tasks(first: 1, order: [{ number: ASC }]) { nodes { id number latestProgressPercent latestReport { summary } } } }`;
const SUBMIT = `mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id } errors { code } } }`;

async function ask(url, query, variables, headers = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: response.headers.get("x-cache"), body: await response.json() };
}

function listen(url) {
  const controller = new AbortController();
  const events = [];
  const waiters = [];
  const ready = fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query: "subscription { progressReportSubmitted { summary } }" }),
    signal: controller.signal,
  }).then(async (response) => {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = block.split("\n").find((line) => line.startsWith("data: {"));
            if (data) {
              const summary = JSON.parse(data.slice(6)).data.progressReportSubmitted.summary;
              events.push({ summary, at: performance.now() });
              waiters.splice(0).forEach((wake) => wake());
            }
          }
        }
      } catch { /* aborted */ }
    })();
  });
  const heard = async (summary, within) => {
    const deadline = performance.now() + within;
    for (;;) {
      const event = events.find((e) => e.summary === summary);
      if (event) return event.at;
      if (performance.now() > deadline) return null;
      await new Promise((wake) => { waiters.push(wake); setTimeout(wake, 50); });
    }
  };
  return { ready, heard, stop: () => controller.abort() };
}

const percentile = (values, p) => values.length === 0 ? NaN : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const fresh = [], events = [];
let stale = 0, uncached = 0;
const subscriber = listen(urlB);
await subscriber.ready;
await new Promise((r) => setTimeout(r, 300));
for (let i = 0; i < trials; i++) {
  await ask(urlB, QUESTION);
  const before = await ask(urlB, QUESTION);
  if (before.cache !== "HIT") uncached++;
  const summary = `invalidation ${Date.now()} ${i}`;
  const submitted = await ask(urlA, SUBMIT, { input: { taskId, departmentId, period: "2023-06", status: "ON_TRACK", progressPercent: 50, summary } },
    { authorization: `Bearer ${token}` });
  const acknowledged = performance.now();
  if (!submitted.body.data?.submitProgressReport?.progressReport) throw new Error(JSON.stringify(submitted.body));
  for (;;) {
    const after = await ask(urlB, QUESTION);
    const task = after.body.data.tasks.nodes[0];
    if (task.id !== taskId) throw new Error(`the question reads task ${task.id}, not ${taskId}`);
    if (task.latestReport?.summary === summary) {
      fresh.push(performance.now() - acknowledged);
      break;
    }
    stale++;
  }
  const heardAt = await subscriber.heard(summary, 5000);
  if (heardAt !== null) events.push(heardAt - acknowledged);
}
subscriber.stop();
const f = (v) => v.toFixed(1);
console.log(`bench invalidation trials=${trials} commit_to_fresh_ms p50=${f(percentile(fresh, 0.5))} max=${f(Math.max(...fresh))} ` +
  `stale_answers=${stale} cached_before=${trials - uncached}/${trials} commit_to_event_ms p50=${f(percentile(events, 0.5))} max=${f(Math.max(...events))} heard=${events.length}/${trials}`);
