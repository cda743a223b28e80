// The answer of SupervisionDashboard shaped for the panels: pure functions, so the numbers the page shows are the
// API's numbers, only arranged.
import type { SupervisionDashboardQuery, TaskStatus } from '../../../tools/out/graphql';

/** The statuses in the order the stacked bars show them (done first, worst last), with the plan's words. */
export const statuses: readonly { status: TaskStatus; label: string; color: string }[] = [
  { status: 'COMPLETED', label: '已完成', color: '#2f9e44' },
  { status: 'ON_TRACK', label: '按序推进', color: '#74b816' },
  { status: 'NOT_STARTED', label: '尚未启动', color: '#adb5bd' },
  { status: 'NOT_REPORTED', label: '未报送', color: '#868e96' },
  { status: 'AT_RISK', label: '存在风险', color: '#f59f00' },
  { status: 'DELAYED', label: '进度滞后', color: '#e03131' },
];

export type Answer = SupervisionDashboardQuery;

export interface ComplianceRow {
  rank: number;
  department: string;
  expected: number;
  onTime: number;
  late: number;
  /** Not received yet, the period's due date not come. */
  pending: number;
  missing: number;
  onTimeRate: number;
}

export function complianceRows(answer: Answer): ComplianceRow[] {
  return answer.compliance.map(row => ({
    rank: row.rank,
    department: row.department?.name ?? '—',
    expected: row.expected,
    onTime: row.onTime,
    late: row.late,
    pending: row.pending,
    missing: row.missing,
    onTimeRate: row.onTimeRate,
  }));
}

export interface StatusGroup {
  /** The leader's or district's name; null for the tasks without one. */
  name: string | null;
  count: number;
  byStatus: Record<TaskStatus, number>;
}

type Group = Pick<Answer['tasks']['byLeader'][number], 'aggregates'>;

function statusGroup(name: string | null, group: Group): StatusGroup {
  const byStatus = Object.fromEntries(statuses.map(s => [s.status, 0])) as Record<TaskStatus, number>;
  for (const entry of group.aggregates.byStatus) {
    byStatus[entry.status] = entry.count;
  }
  return { name, count: group.aggregates.count, byStatus };
}

/** The groups with the most tasks first; the group without a name last. */
function ordered(groups: StatusGroup[]): StatusGroup[] {
  return groups.sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || b.count - a.count
    || (a.name ?? '').localeCompare(b.name ?? '', 'zh'));
}

export function byLeader(answer: Answer): StatusGroup[] {
  return ordered(answer.tasks.byLeader.map(g => statusGroup(g.keys.leader?.name ?? null, g)));
}

export function byDistrict(answer: Answer): StatusGroup[] {
  return ordered(answer.tasks.byDistrict.map(g => statusGroup(g.keys.district?.name ?? null, g)));
}

export interface TrendPoint {
  period: string;
  completed: number | null;
  overdue: number | null;
  averageProgress: number | null;
}

/** Every month of the plan's year; months after the chosen period are left empty (not yet reported). */
export function trend(answer: Answer, period: string): TrendPoint[] {
  return answer.tasks.trend.map(point => {
    const label = point.keys.period?.label ?? '';
    const known = label <= period;
    return {
      period: label,
      completed: known ? point.aggregates.completedCount : null,
      overdue: known ? point.aggregates.overdueCount : null,
      averageProgress: known && point.aggregates.averageProgress != null ? round1(point.aggregates.averageProgress) : null,
    };
  });
}

export interface OverdueTask {
  number: number;
  text: string;
  leadDepartments: string;
  leaders: string;
  lastReport: string;
}

export function overdueTasks(answer: Answer): OverdueTask[] {
  return answer.overdue.nodes.map(task => {
    const last = task.lastReport.nodes[0];
    return {
      number: task.number,
      text: task.text,
      leadDepartments: task.leadDepartments.map(d => d.name).join('、') || '—',
      leaders: task.leaders.map(l => l.name).join('、') || '—',
      lastReport: last ? `${last.period.label}（${last.progressPercent}%）` : '从未报送',
    };
  });
}

/** One report a unit owes or sent late, for the period: who, on what, and what came of it. */
export interface OwedReport {
  department: string;
  number: number;
  text: string;
  /** 待报送 before the due date, 逾期未报 after it, 逾期报送 when it came late. */
  state: string;
  submittedAt: string;
}

const stateWords: Record<string, string> = { PENDING: '待报送', MISSING: '逾期未报', LATE: '逾期报送' };

/** Every (unit, task) not yet reported, missing or late, by unit in ranking order; one unit's alone when the page is narrowed to it. */
export function owedReports(answer: Answer, department: string | null): OwedReport[] {
  return answer.compliance.filter(row => !department || row.department?.name === department).flatMap(row =>
    row.expectedReports.map(report => ({
      department: row.department?.name ?? '—',
      number: report.task.number,
      text: report.task.text,
      state: stateWords[report.state] ?? report.state,
      submittedAt: report.submittedAt ? beijingTime(report.submittedAt) : '—',
    })));
}

/** An instant as the district's clock shows it: "6月28日 05:00". */
export function beijingTime(instant: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant)).map(p => [p.type, p.value]));
  return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

export interface CollectiveRow {
  name: string;
  expected: number;
  reported: number;
  missing: number;
}

/** Collective entries (各部门、单位 …): counted apart, never ranked among the units they stand for. */
export function collectiveRows(answer: Answer): CollectiveRow[] {
  return answer.collective.map(row => ({
    name: row.department?.name ?? '—', expected: row.expected, reported: row.onTime + row.late, missing: row.missing + row.pending,
  }));
}

/** The plan's tasks no unit can report on (no department, or only collective entries): a data problem to mend. */
export function unreportableTasks(answer: Answer): { number: number; text: string }[] {
  return answer.plans.nodes.flatMap(plan => plan.unreportableTasks);
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function percent(rate: number): string {
  return `${round1(rate * 100)}%`;
}
