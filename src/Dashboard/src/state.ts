// What the page shows, kept in its address so that a view can be shared: /dashboard?period=2023-06&department=资规分局.
// One of department, leader or district narrows every panel (drill-down); issuer picks the government when the
// database holds several governments' plans (/dashboard?period=2023-06&issuer=苏州市吴江区人民政府).
import type { WorkTaskFilterInput } from '../../../tools/out/graphql';

export type Focus = 'department' | 'leader' | 'district';

export const focusKinds: readonly Focus[] = ['department', 'leader', 'district'];

export const focusLabels: Record<Focus, string> = { department: '责任部门', leader: '分管区领导', district: '责任板块' };

export interface DashboardState {
  /** The period, "2023-06"; its year picks the plan. Null until the page knows the latest one. */
  period: string | null;
  focus: { kind: Focus; name: string } | null;
  /** The government whose plan is shown; null: the one of the newest plan (or the only one). */
  issuer: string | null;
}

const periodPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function parsePeriod(period: string): { year: number; month: number } | null {
  const match = periodPattern.exec(period);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export function readState(search: string): DashboardState {
  const query = new URLSearchParams(search);
  const period = query.get('period');
  const kind = focusKinds.find(k => query.get(k));
  return {
    period: period && parsePeriod(period) ? period : null,
    focus: kind ? { kind, name: query.get(kind)! } : null,
    issuer: query.get('issuer') || null,
  };
}

export function writeState(state: DashboardState): string {
  const query = new URLSearchParams();
  if (state.period) {
    query.set('period', state.period);
  }
  if (state.issuer) {
    query.set('issuer', state.issuer);
  }
  if (state.focus) {
    query.set(state.focus.kind, state.focus.name);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * The plan's tasks (by its year, and its government when several governments' plans are held), narrowed to the
 * focus: what every panel reads through.
 */
export function taskFilter(year: number, focus: DashboardState['focus'], issuer: string | null = null): WorkTaskFilterInput {
  const plan: WorkTaskFilterInput = issuer
    ? { plan: { year: { eq: year }, issuedBy: { name: { eq: issuer } } } }
    : { plan: { year: { eq: year } } };
  if (!focus) {
    return plan;
  }
  const name = { eq: focus.name };
  switch (focus.kind) {
    case 'department':
      return { and: [plan, { departments: { some: { department: { name } } } }] };
    case 'leader':
      return { and: [plan, { leaders: { some: { name } } }] };
    case 'district':
      return { and: [plan, { districts: { some: { name } } }] };
  }
}
