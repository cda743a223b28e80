// 督查看板: the supervision dashboard. Asks the API two documented questions (the plans and the latest period, then
// the dashboard for the period and focus), draws the panels, and asks again when a progress report arrives.
import type { DashboardPlansQuery, SupervisionDashboardQuery, SupervisionDashboardQueryVariables } from '../../../tools/out/graphql';
import dashboardPlans from '../../../docs/operations/DashboardPlans.graphql';
import reportSubmitted from '../../../docs/operations/DashboardReportSubmitted.graphql';
import supervisionDashboard from '../../../docs/operations/SupervisionDashboard.graphql';
import { ApiError, ask, listen } from './client';
import { element } from './dom';
import { byDistrict, byLeader, collectiveRows, complianceRows, overdueTasks, owedReports, round1, trend, unreportableTasks } from './model';
import { CompliancePanel } from './panels/compliance';
import { OverduePanel } from './panels/overdue';
import { OwedPanel } from './panels/owed';
import { StatusPanel } from './panels/status';
import { TrendPanel } from './panels/trend';
import { focusLabels, parsePeriod, readState, taskFilter, writeState, type DashboardState, type Focus } from './state';

const $ = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

const createPanels = () => ({
  compliance: new CompliancePanel($('[data-panel="compliance"]')),
  byLeader: new StatusPanel($('[data-panel="by-leader"]'), '各分管区领导任务状态', 'leader'),
  byDistrict: new StatusPanel($('[data-panel="by-district"]'), '各板块任务状态', 'district'),
  overdue: new OverduePanel($('[data-panel="overdue"]')),
  owed: new OwedPanel($('[data-panel="owed"]')),
  trend: new TrendPanel($('[data-panel="trend"]')),
});
let panels: ReturnType<typeof createPanels> | null = null;

let state: DashboardState = readState(location.search);
let plans: DashboardPlansQuery['plans']['nodes'] = [];
let asked = 0;

/** Set when a control the user pressed asked for the view: its focus is put back once the panels are drawn anew. */
let restoreFocus = false;

function show(next: DashboardState, remember: boolean): void {
  state = next;
  restoreFocus = document.activeElement !== null && document.activeElement !== document.body;
  if (remember) {
    history.pushState(null, '', location.pathname + writeState(state));
  }
  void load();
}

const pick = (kind: Focus) => (name: string): void => show({ ...state, focus: { kind, name } }, true);

/** The governments whose plans are held, newest plan's first. */
const issuers = (): string[] => [...new Set(plans.map(plan => plan.issuedBy.name))];

/** The government shown: the one the address names, else the newest plan's; null while only one government's plans are held. */
function shownIssuer(): string | null {
  if (state.issuer) {
    return state.issuer;
  }
  return issuers().length > 1 ? plans[0].issuedBy.name : null;
}

function renderControls(): void {
  const governments = issuers();
  const issuer = shownIssuer();
  $('#issuer-choice').hidden = governments.length < 2;
  const issuerSelect = $<HTMLSelectElement>('#issuer');
  issuerSelect.replaceChildren(...governments.map(name => element('option', { value: name }, name)));
  issuerSelect.value = issuer ?? '';
  const select = $<HTMLSelectElement>('#period');
  select.replaceChildren(...plans.filter(plan => !issuer || plan.issuedBy.name === issuer).map(plan => element('optgroup', { label: `${plan.year}年 ${plan.code}` },
    ...Array.from({ length: 12 }, (_, i) => {
      const label = `${plan.year}-${String(i + 1).padStart(2, '0')}`;
      return element('option', { value: label }, `${plan.year}年${i + 1}月`);
    }))));
  select.value = state.period ?? '';
  const focus = $('#focus');
  if (!state.focus) {
    focus.replaceChildren();
    return;
  }
  const clear = element('button', { type: 'button', class: 'clear', 'aria-label': '取消筛选' }, '×');
  clear.addEventListener('click', () => show({ ...state, focus: null }, true));
  focus.replaceChildren(element('span', { class: 'chip', 'data-focus': state.focus.kind },
    `${focusLabels[state.focus.kind]}：${state.focus.name}`, clear));
}

/** The period's due date, and how many days are left to it (reports not received before it are pending, not missing). */
function renderDueDate(dueDate: string | null): void {
  const due = $('#due');
  if (!dueDate) {
    due.replaceChildren();
    return;
  }
  const [year, month, day] = dueDate.split('-').map(Number);
  // Days in the district's calendar: the due date ends at 24:00 Asia/Shanghai.
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
  const left = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / 86_400_000);
  due.dataset.left = String(left);
  due.textContent = left >= 0 ? `报送截止 ${month}月${day}日（${left === 0 ? '今天截止' : `还有 ${left} 天`}，未报为待报）` : `报送截止 ${month}月${day}日（已截止）`;
}

/** The monthly circular (督查通报) of the period shown: its print page and its Word document. */
function renderCircularLinks(period: string): void {
  $('#circular').replaceChildren('督查通报：',
    element('a', { href: `/dashboard/circular?period=${encodeURIComponent(period)}` }, '打印版'), ' · ',
    element('a', { href: `/circulars/${encodeURIComponent(period)}.docx` }, 'Word 版'));
}

/**
 * After a drill-down the panels are drawn anew and the button that was pressed is gone: the keyboard's focus goes to
 * the filter it set (or back to the same name in the ranking), not to the page's body.
 */
function keepFocus(): void {
  const wanted = restoreFocus;
  restoreFocus = false;
  if (!wanted || (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected)) {
    return;
  }
  const target = state.focus
    ? document.querySelector<HTMLElement>('#focus .clear')
    : document.querySelector<HTMLElement>('#period');
  target?.focus();
}

function renderTotals(answer: SupervisionDashboardQuery): void {
  const totals = answer.tasks.totals;
  const card = (title: string, field: string, value: string) =>
    element('div', { class: 'card' }, element('div', { class: 'card-title' }, title), element('div', { class: 'card-value', 'data-field': field }, value));
  $('#totals').replaceChildren(
    card('工作任务', 'count', String(totals.count)),
    card('已完成', 'completedCount', String(totals.completedCount)),
    card('逾期未报', 'overdueCount', String(totals.overdueCount)),
    card('平均进度', 'averageProgress', totals.averageProgress == null ? '—' : `${round1(totals.averageProgress)}%`),
  );
}

async function load(): Promise<void> {
  const mine = ++asked;
  const period = state.period && parsePeriod(state.period);
  renderControls();
  if (!period) {
    return;
  }
  document.body.dataset.loading = 'true';
  try {
    const variables: SupervisionDashboardQueryVariables = {
      period: state.period!, year: period.year, month: period.month, tasks: taskFilter(period.year, state.focus, shownIssuer()),
    };
    const asking = ask<SupervisionDashboardQuery>(supervisionDashboard, variables);
    // The charts are set up while the question is on its way (ECharts takes a few tens of milliseconds to start).
    panels ??= createPanels();
    const answer = await asking;
    if (mine !== asked) {
      return;
    }
    renderTotals(answer);
    renderDueDate(answer.period.nodes[0]?.dueDate ?? null);
    panels.compliance.render(complianceRows(answer), pick('department'), state.focus?.kind === 'department' ? state.focus.name : null);
    panels.byLeader.render(byLeader(answer), pick('leader'));
    panels.byDistrict.render(byDistrict(answer), pick('district'));
    panels.overdue.render(overdueTasks(answer), answer.overdue.totalCount);
    panels.trend.render(trend(answer, state.period!));
    const department = state.focus?.kind === 'department' ? state.focus.name : null;
    panels.owed.render(owedReports(answer, department), collectiveRows(answer), unreportableTasks(answer), department);
    renderCircularLinks(state.period!);
    keepFocus();
    $('#error').hidden = true;
    $('#updated').textContent = `更新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' })}`;
    // What the browser test waits for, and how it times the first load.
    document.body.dataset.shown = writeState(state);
    if (!performance.getEntriesByName('dashboard-shown').length) {
      performance.mark('dashboard-shown');
    }
  } catch (e) {
    if (mine === asked) {
      showError(e);
    }
  } finally {
    if (mine === asked) {
      delete document.body.dataset.loading;
    }
  }
}

function showError(e: unknown): void {
  const error = $('#error');
  error.hidden = false;
  error.textContent = e instanceof ApiError ? `无法取得数据（${e.code}）：${e.message}` : `无法取得数据：${String(e)}`;
}

async function start(): Promise<void> {
  // An address that names the period (a shared view, a reload) is asked for at once, beside the plans.
  const first = state.period ? load() : null;
  try {
    const answer = await ask<DashboardPlansQuery>(dashboardPlans);
    plans = answer.plans.nodes;
    if (plans.length === 0) {
      throw new ApiError('尚未导入任何工作任务分解方案', 'NO_PLAN');
    }
    // Nothing reported yet (a new plan, or a fresh install): say how to load demo reports.
    $('#notice').hidden = answer.latest.nodes.length > 0;
    if (!state.period) {
      // The latest period reported on, or the first month of the newest plan when nothing was reported yet.
      state = { ...state, period: answer.latest.nodes[0]?.period.label ?? `${plans[0].year}-01` };
      history.replaceState(null, '', location.pathname + writeState(state));
    }
  } catch (e) {
    showError(e);
    return;
  }
  $<HTMLSelectElement>('#period').addEventListener('change', event =>
    show({ ...state, period: (event.target as HTMLSelectElement).value }, true));
  $<HTMLSelectElement>('#issuer').addEventListener('change', event => {
    // Another government: its newest plan, in the month shown if that plan has it, and no focus (its names are its own).
    const issuer = (event.target as HTMLSelectElement).value;
    const plan = plans.find(p => p.issuedBy.name === issuer)!;
    const period = state.period && parsePeriod(state.period)?.year === plan.year ? state.period : `${plan.year}-01`;
    show({ period, focus: null, issuer }, true);
  });
  $('#refresh').addEventListener('click', () => void load());
  window.addEventListener('popstate', () => show(readState(location.search), false));
  if (first) {
    renderControls();
  }
  await (first ?? load());

  // A report arrives: ask again, once for a burst (a bulk load announces many).
  let pending: number | undefined;
  listen(reportSubmitted, () => {
    clearTimeout(pending);
    pending = window.setTimeout(() => void load(), 300);
  }, live => {
    $('#live').textContent = live ? '● 实时更新' : '○ 实时更新已断开，正在重连';
    $('#live').className = live ? 'live on' : 'live off';
  });
}

void start();
