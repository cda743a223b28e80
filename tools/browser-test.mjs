// Opens Banana Cake Pop at /graphql in Debian's Chromium (headless, no network beyond this machine), creates a
// document, runs the headline query (tasks of 资规分局 in 金庭镇) and checks the answer shown; then, given a supervisor's
// token, subscribes to progressReportSubmitted in the IDE (over the WebSocket it opens), submits a report over HTTP and
// checks that the IDE shows it. Saves screenshots in tools/out/. node browser-test.mjs [url] [supervisor-token]
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] ?? 'http://127.0.0.1:5000/graphql';
const token = process.argv[3];
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const query = 'query TasksOfDepartmentInTown { tasks(where: { departments: { some: { department: { name: { eq: "资规分局" } } } } districts: { some: { name: { eq: "金庭镇" } } } } order: [{ number: ASC }]) { totalCount nodes { number text leadDepartments { name } } } }';
mkdirSync('out', { recursive: true });

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-quic', '--no-first-run'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const outside = [];
  page.on('request', request => {
    if (process.env.DEBUG_BCP && request.url().includes('/graphql') && request.method() !== 'GET') {
      console.log(request.method(), request.url(), JSON.stringify(request.headers()), (request.postData() ?? '').slice(0, 400));
    }
    const host = new URL(request.url()).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      outside.push(request.url());
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.screenshot({ path: 'out/bcp-start.png' });

  // A new document: the start screen's button, or the tab bar's "+".
  // The IDE renders after its scripts start, well after the network goes idle on a slow machine.
  const create = page.getByRole('button', { name: /create document/i }).first();
  await create.waitFor({ state: 'visible', timeout: 60_000 });
  await create.click();
  await page.waitForSelector('.monaco-editor', { timeout: 30_000 });
  const editor = page.locator('.monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  // Put the caret inside the operation (the IDE runs the operation under the caret) and let its document model settle.
  await page.keyboard.press('Control+Home');
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: 'out/bcp-document.png' });

  const run = page.getByRole('button', { name: /^run/i }).first();
  if (await run.isVisible().catch(() => false)) {
    await run.click();
  } else {
    await page.keyboard.press('Control+Enter');
  }
  await page.waitForFunction(() => document.body.innerText.includes('totalCount') && document.body.innerText.includes('完成西山国家森林公园'), null, { timeout: 30_000 });
  await page.screenshot({ path: 'out/bcp-headline.png', fullPage: true });
  console.log('browser test: Banana Cake Pop ran the headline query and shows task (44); screenshot tools/out/bcp-headline.png');

  if (token) {
    // The same document now holds a subscription; the IDE keeps it open and shows each event as it arrives.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('subscription Reports { progressReportSubmitted { summary department { name } task { number } } }');
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(1_000);
    if (await run.isVisible().catch(() => false)) {
      await run.click();
    } else {
      await page.keyboard.press('Control+Enter');
    }
    await page.waitForTimeout(2_000);
    // No spaces: the IDE's editor shows them as no-break spaces.
    const summary = `浏览器订阅测试-${Date.now()}`;
    const post = async (body) => (await fetch(url, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body),
    })).json();
    const task = (await post({ query: '{ tasks(first: 1, order: [{ number: ASC }]) { nodes { id departments { department { id } } } } }' })).data.tasks.nodes[0];
    const submitted = await post({
      query: 'mutation($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id } errors { code } } }',
      variables: { input: { taskId: task.id, departmentId: task.departments[0].department.id, period: '2023-06', status: 'ON_TRACK', progressPercent: 33, summary } },
    });
    if (!submitted.data?.submitProgressReport?.progressReport) {
      throw new Error(`the report was refused: ${JSON.stringify(submitted)}`);
    }
    await page.waitForFunction(text => document.body.innerText.includes(text), summary, { timeout: 15_000 });
    await page.screenshot({ path: 'out/bcp-subscription.png', fullPage: true });
    console.log('browser test: Banana Cake Pop subscribed and showed the report submitted over HTTP; screenshot tools/out/bcp-subscription.png');
  }
  if (outside.length > 0) {
    console.log(`browser test: requests left this machine: ${outside.slice(0, 5).join(', ')}`);
    failed = true;
  }
} catch (error) {
  console.log(`browser test failed: ${error.message}`);
  await browser.contexts()[0]?.pages()[0]?.screenshot({ path: 'out/bcp-failure.png' }).catch(() => {});
  failed = true;
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
