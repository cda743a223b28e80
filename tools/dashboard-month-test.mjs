// The supervision dashboard inside a month, as the supervision office meets it, against a server whose clock is set
// (faketime) to the day given, the browser's clock set to the same moment:
//   - the page shows the period's due date and counts down to it (on the 20th: 还有 5 天; on the 26th: 已截止);
//   - before the due date the month's reports not received are pending (待报送), after it missing (逾期未报), by unit
//     and task: the page's list equals the API's expectedReports, asked here with an ad-hoc query;
//   - a drill-down by keyboard leaves the focus on the filter it set, not on the page's body;
//   - at 1024×768 and at 390×844 nothing is wider than the window (screenshots in docs/images/), axe-core finds no
//     WCAG 2 A/AA violation in the page, and printed no table is a scroll box (every row of the ranking comes out).
// node dashboard-month-test.mjs <server url> <token> <ISO instant the server's clock shows>
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const [base, token, now] = process.argv.slice(2);
const period = now.slice(0, 7);
const day = Number(now.slice(8, 10));
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let failures = 0;
const check = (ok, what, detail = '') => {
  if (!ok) {
    failures++;
    console.error(`dashboard month test (${now}): FAILED ${what}${detail ? `: ${detail}` : ''}`);
  }
};
const same = (actual, expected, what) => {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  check(a === e, what, a === e ? '' : `the page shows ${a.slice(0, 400)}, the API answers ${e.slice(0, 400)}`);
};

async function api(query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Cache-Control': 'no-cache' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(`the API refused a check's query: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const words = { PENDING: '待报送', MISSING: '逾期未报', LATE: '逾期报送' };
const owedByApi = async department => (await api(`query($period: YearMonth!) {
    reportingCompliance(period: $period) { department { name } expectedReports(state: [PENDING, MISSING, LATE]) { task { number } state } } }`, { period }))
  .reportingCompliance.filter(r => !department || r.department.name === department)
  .flatMap(r => r.expectedReports.map(e => [r.department.name, String(e.task.number), words[e.state]]));
const owedOnPage = page => page.$$eval('[data-panel="owed"] .table-scroll tbody tr', trs => trs.map(tr =>
  ['department', 'number', 'state'].map(f => tr.querySelector(`td[data-field="${f}"]`)?.textContent.trim() ?? '')));
const shownView = (page, search) => page.waitForFunction(s => document.body.dataset.shown === s && !document.body.dataset.loading, search, { timeout: 15_000 });
const sorted = rows => [...rows].sort((a, b) => a.join('|').localeCompare(b.join('|')));

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const open = async viewport => {
    // The CSP allows no inline script; axe-core is injected by the test, so this context bypasses it.
    const context = await browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(now));
    await page.goto(`${base}/dashboard?period=${period}`);
    await shownView(page, `?period=${period}`);
    return page;
  };

  // 1. The due date, counted down, and who owes what.
  const page = await open({ width: 1400, height: 900 });
  const due = await page.$eval('#due', e => e.textContent.trim());
  const [dueYear, dueMonth, dueDay] = (await api(`query($y: Int!, $m: Int!) { reportPeriods(where: { year: { eq: $y }, month: { eq: $m } }) { nodes { dueDate } } }`,
    { y: Number(period.slice(0, 4)), m: Number(period.slice(5)) })).reportPeriods.nodes[0].dueDate.split('-').map(Number);
  const left = dueDay - day;
  same(due, left > 0 ? `报送截止 ${dueMonth}月${dueDay}日（还有 ${left} 天，未报为待报）` : left === 0 ? `报送截止 ${dueMonth}月${dueDay}日（今天截止，未报为待报）` : `报送截止 ${dueMonth}月${dueDay}日（已截止）`,
    'the due date and the days left');
  const owed = await owedOnPage(page);
  same(sorted(owed), sorted(await owedByApi(null)), 'every (unit, task) owed, as the API names it');
  const states = new Set(owed.map(r => r[2]));
  if (left >= 0) {
    check(!states.has('逾期未报') && states.has('待报送'), 'before the due date nothing is missing and what has not come is pending', [...states].join(', '));
  } else {
    check(!states.has('待报送') && states.has('逾期未报'), 'after the due date what has not come is missing, by name', [...states].join(', '));
  }
  check(dueYear === Number(period.slice(0, 4)), "the due date is in the period's year");

  // 2. A drill-down by keyboard: the focus stays on the filter it set; the list narrows to the unit.
  const unit = owed[0]?.[0];
  if (unit) {
    await page.locator(`[data-panel="compliance"] button.pick[data-name="${unit}"]`).focus();
    await page.keyboard.press('Enter');
    await shownView(page, `?period=${period}&department=${encodeURIComponent(unit)}`);
    same(await page.evaluate(() => document.activeElement?.matches('#focus .clear') ?? false), true, 'the focus is on the filter after a drill-down by keyboard');
    same(sorted(await owedOnPage(page)), sorted(await owedByApi(unit)), `${unit}'s reports owed`);
  }

  // 3. Two window sizes: nothing wider than the window; a screenshot of each. Then axe-core on the page.
  for (const [width, height, name] of [[1024, 768, 'dashboard-1024.png'], [390, 844, 'dashboard-390.png']]) {
    const sized = await open({ width, height });
    const wide = await sized.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth,
      widest: [...document.querySelectorAll('main > *, header')].map(e => [e.getAttribute('data-panel') ?? e.tagName, Math.round(e.getBoundingClientRect().right)])
        .filter(([, right]) => right > window.innerWidth) }));
    check(wide.page <= wide.window, `at ${width}×${height} the page is no wider than the window`, JSON.stringify(wide));
    if (day === 20) {
      await sized.screenshot({ path: `../docs/images/${name}`, fullPage: false });
    }
    await sized.context().close();
  }
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations
      .map(v => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`));
  same(violations, [], 'axe-core finds no WCAG 2 A/AA violation');
  // Printed, the ranking and the lists are not scroll boxes: every row comes out on paper.
  await page.emulateMedia({ media: 'print' });
  const clipped = await page.$$eval('.table-scroll', boxes => boxes.filter(b => b.scrollHeight > b.clientHeight + 1).map(b => b.closest('[data-panel]')?.dataset.panel));
  same(clipped, [], 'printed, no table is cut to a scroll box');
  if (failures === 0) {
    console.log(`dashboard month test (${now}): the due date, ${owed.length} reports owed by name (${[...states].join(', ')}), the focus after a drill-down, `
      + 'both window sizes and axe-core all hold');
  }
} catch (e) {
  failures++;
  console.error(`dashboard month test (${now}): FAILED ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);
