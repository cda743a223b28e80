// Unit tests of the supervision dashboard's rules, without a browser or a server: the address it keeps (state.ts) and
// how it arranges the API's answer for the panels (model.ts). esbuild compiles the TypeScript first.
// node --test dashboard-unit-tests.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const source = resolve(import.meta.dirname, '../src/Dashboard/src');
const out = mkdtempSync(join(tmpdir(), 'dashboard-unit-'));
await esbuild.build({
  entryPoints: [join(source, 'state.ts'), join(source, 'model.ts')],
  outdir: out, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'warning',
});
const state = await import(pathToFileURL(join(out, 'state.js')));
const model = await import(pathToFileURL(join(out, 'model.js')));
rmSync(out, { recursive: true });

test('the address gives the period and the focus, and is written back the same', () => {
  const read = state.readState('?period=2023-06&department=%E8%B5%84%E8%A7%84%E5%88%86%E5%B1%80');
  assert.deepEqual(read, { period: '2023-06', focus: { kind: 'department', name: '资规分局' }, issuer: null });
  assert.deepEqual(state.readState(state.writeState(read)), read);
  assert.deepEqual(state.readState('?period=2023-06&leader=周学斌'), { period: '2023-06', focus: { kind: 'leader', name: '周学斌' }, issuer: null });
});

test('a period that is not a month is ignored, and so is an empty focus', () => {
  assert.deepEqual(state.readState('?period=2023-13&district='), { period: null, focus: null, issuer: null });
  assert.deepEqual(state.readState('?period=23-06'), { period: null, focus: null, issuer: null });
  assert.equal(state.writeState({ period: null, focus: null, issuer: null }), '');
  assert.deepEqual(state.parsePeriod('2023-06'), { year: 2023, month: 6 });
  assert.equal(state.parsePeriod('2023-00'), null);
});

test('every panel reads the plan\'s tasks, narrowed to the focus', () => {
  const plan = { plan: { year: { eq: 2023 } } };
  assert.deepEqual(state.taskFilter(2023, null), plan);
  assert.deepEqual(state.taskFilter(2023, { kind: 'department', name: '水务局' }),
    { and: [plan, { departments: { some: { department: { name: { eq: '水务局' } } } } }] });
  assert.deepEqual(state.taskFilter(2023, { kind: 'leader', name: '李烨' }), { and: [plan, { leaders: { some: { name: { eq: '李烨' } } } }] });
  assert.deepEqual(state.taskFilter(2023, { kind: 'district', name: '金庭镇' }), { and: [plan, { districts: { some: { name: { eq: '金庭镇' } } } }] });
});

test('with several governments\' plans, the address names the government and the panels read its plan alone', () => {
  const read = state.readState('?period=2023-06&issuer=苏州市吴江区人民政府&department=人社局');
  assert.deepEqual(read, { period: '2023-06', focus: { kind: 'department', name: '人社局' }, issuer: '苏州市吴江区人民政府' });
  assert.deepEqual(state.readState(state.writeState(read)), read);
  const plan = { plan: { year: { eq: 2023 }, issuedBy: { name: { eq: '苏州市吴江区人民政府' } } } };
  assert.deepEqual(state.taskFilter(2023, null, '苏州市吴江区人民政府'), plan);
  assert.deepEqual(state.taskFilter(2023, { kind: 'leader', name: '王明' }, '苏州市吴江区人民政府'), { and: [plan, { leaders: { some: { name: { eq: '王明' } } } }] });
});

const group = (key, name, count, byStatus) => ({
  keys: { [key]: name === null ? null : { name } },
  aggregates: { count, byStatus: Object.entries(byStatus).map(([status, n]) => ({ status, count: n })) },
});
const answer = {
  compliance: [{ rank: 1, department: { name: '水务局' }, expected: 4, onTime: 3, late: 1, pending: 0, missing: 0, onTimeRate: 0.75 }],
  tasks: {
    totals: { count: 3, completedCount: 0, overdueCount: 1, averageProgress: 40 },
    byLeader: [group('leader', null, 5, { DELAYED: 5 }), group('leader', '李烨', 2, { ON_TRACK: 2 }), group('leader', '周学斌', 9, { COMPLETED: 1, AT_RISK: 8 })],
    byDistrict: [group('district', '金庭镇', 2, { ON_TRACK: 2 }), group('district', '东山镇', 2, { DELAYED: 2 })],
    trend: ['2023-01', '2023-02', '2023-03'].map((label, i) => ({
      keys: { period: { label } }, aggregates: { completedCount: i, overdueCount: 10 - i, averageProgress: i === 0 ? null : 12.345 * i },
    })),
  },
  overdue: {
    totalCount: 2,
    nodes: [
      { number: 2, text: '甲', leadDepartments: [], leaders: [], lastReport: { nodes: [] } },
      { number: 17, text: '乙', leadDepartments: [{ name: '市场监管局' }, { name: '科技局' }], leaders: [{ name: '李烨' }], lastReport: { nodes: [{ period: { label: '2023-05' }, progressPercent: 21 }] } },
    ],
  },
};

test('status groups: every status counted (zeros included), the most tasks first, the group without a name last', () => {
  const leaders = model.byLeader(answer);
  assert.deepEqual(leaders.map(g => g.name), ['周学斌', '李烨', null]);
  assert.deepEqual(leaders[0].byStatus, { COMPLETED: 1, ON_TRACK: 0, NOT_STARTED: 0, NOT_REPORTED: 0, AT_RISK: 8, DELAYED: 0 });
  // Equal counts: by name, in Chinese collation.
  assert.deepEqual(model.byDistrict(answer).map(g => g.name), ['东山镇', '金庭镇']);
});

test('the trend stops at the chosen period, with the average progress to one decimal', () => {
  assert.deepEqual(model.trend(answer, '2023-02'), [
    { period: '2023-01', completed: 0, overdue: 10, averageProgress: null },
    { period: '2023-02', completed: 1, overdue: 9, averageProgress: 12.3 },
    { period: '2023-03', completed: null, overdue: null, averageProgress: null },
  ]);
});

test('overdue tasks name their lead departments, leaders and last report up to the period', () => {
  assert.deepEqual(model.overdueTasks(answer), [
    { number: 2, text: '甲', leadDepartments: '—', leaders: '—', lastReport: '从未报送' },
    { number: 17, text: '乙', leadDepartments: '市场监管局、科技局', leaders: '李烨', lastReport: '2023-05（21%）' },
  ]);
});

test('compliance rows and rates as the table shows them', () => {
  assert.deepEqual(model.complianceRows(answer), [{ rank: 1, department: '水务局', expected: 4, onTime: 3, late: 1, pending: 0, missing: 0, onTimeRate: 0.75 }]);
  assert.equal(model.percent(0.6818181818), '68.2%');
  assert.equal(model.percent(1), '100%');
});

test('the reports owed name unit, task and state in the plan\'s words, one unit\'s alone when narrowed, times in Beijing time', () => {
  const answer = { compliance: [
    { department: { name: '资规分局' }, expectedReports: [
      { task: { number: 1, text: '甲' }, state: 'PENDING', submittedAt: null },
      { task: { number: 5, text: '乙' }, state: 'LATE', submittedAt: '2023-06-27T17:30:00Z' }] },
    { department: { name: '工信局' }, expectedReports: [{ task: { number: 12, text: '丙' }, state: 'MISSING', submittedAt: null }] },
  ] };
  assert.deepEqual(model.owedReports(answer, null).map(r => [r.department, r.number, r.state, r.submittedAt]),
    [['资规分局', 1, '待报送', '—'], ['资规分局', 5, '逾期报送', '6月28日 01:30'], ['工信局', 12, '逾期未报', '—']]);
  assert.deepEqual(model.owedReports(answer, '工信局').map(r => r.number), [12]);
});

test('collective entries are counted apart and the tasks no unit can report on are listed', () => {
  const answer = {
    collective: [{ department: { name: '各部门、单位' }, expected: 3, onTime: 1, late: 0, pending: 0, missing: 2 }],
    plans: { nodes: [{ unreportableTasks: [{ number: 97, text: '…' }] }] },
  };
  assert.deepEqual(model.collectiveRows(answer), [{ name: '各部门、单位', expected: 3, reported: 1, missing: 2 }]);
  assert.deepEqual(model.unreportableTasks(answer).map(t => t.number), [97]);
});
