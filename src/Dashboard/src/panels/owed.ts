// 未报与逾期明细: who has not reported, and who was late, for the chosen period: every (unit, task) with its state
// (待报送 before the due date, 逾期未报 after it, 逾期报送), one unit's alone when the page is narrowed to it; then the
// collective entries, counted apart (they stand for many units and are not ranked), and the tasks no unit can report
// on, a problem of the plan's data.
import { element, table } from '../dom';
import type { CollectiveRow, OwedReport } from '../model';

export class OwedPanel {
  private readonly title = element('h2', {});
  private readonly holder = element('div', { class: 'table-scroll' });
  private readonly collective = element('div', {});
  private readonly problems = element('div', {});

  constructor(readonly root: HTMLElement) {
    root.append(this.title, this.holder, this.collective, this.problems);
  }

  render(reports: OwedReport[], collective: CollectiveRow[], unreportable: { number: number; text: string }[], department: string | null): void {
    this.title.replaceChildren(department ? `${department}未报与逾期明细 ` : '未报与逾期明细 ',
      element('span', { class: 'count', 'data-field': 'owedCount' }, String(reports.length)));
    this.holder.replaceChildren(reports.length === 0
      ? element('p', { class: 'empty' }, '本期应报进度均已按时报送。')
      : table<OwedReport>([
        { title: '责任单位', field: 'department', value: r => r.department },
        { title: '序号', field: 'number', value: r => r.number, numeric: true },
        { title: '工作任务', field: 'text', value: r => r.text, render: r => element('span', { class: 'task-text', title: r.text }, r.text) },
        { title: '情况', field: 'state', value: r => r.state, render: r => element('span', { class: `state ${r.state === '待报送' ? 'pending' : 'late'}` }, r.state) },
        { title: '报送时间', field: 'submittedAt', value: r => r.submittedAt },
      ], reports, { sortable: true }));
    this.collective.replaceChildren(...(collective.length === 0 ? [] : [
      element('h3', {}, '集体条目（代表多个单位，不参与排名）'),
      table<CollectiveRow>([
        { title: '条目', field: 'name', value: r => r.name },
        { title: '应报', field: 'expected', value: r => r.expected, numeric: true },
        { title: '已报', field: 'reported', value: r => r.reported, numeric: true },
        { title: '未报', field: 'missing', value: r => r.missing, numeric: true },
      ], collective),
    ]));
    this.problems.replaceChildren(...(unreportable.length === 0 ? [] : [
      element('h3', {}, '数据问题：无法报送的任务'),
      element('p', { class: 'problem', 'data-field': 'unreportable' },
        `以下任务没有责任部门，或只有集体条目，没有单位能报送，请核对计划：${unreportable.map(t => `(${t.number})`).join('、')}。`),
    ]));
  }
}
