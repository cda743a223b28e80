// 逾期未报任务: the tasks nobody reported on for the chosen period, in the plan's order, with their lead departments,
// leaders and last report up to the period.
import { element, table } from '../dom';
import type { OverdueTask } from '../model';

export class OverduePanel {
  private readonly title = element('h2', {});
  private readonly holder = element('div', { class: 'table-scroll' });

  constructor(readonly root: HTMLElement) {
    root.append(this.title, this.holder);
  }

  render(tasks: OverdueTask[], totalCount: number): void {
    this.title.replaceChildren('逾期未报任务 ', element('span', { class: 'count', 'data-field': 'totalCount' }, String(totalCount)));
    if (tasks.length === 0) {
      this.holder.replaceChildren(element('p', { class: 'empty' }, '本期无逾期未报任务。'));
      return;
    }
    this.holder.replaceChildren(table<OverdueTask>([
      { title: '序号', field: 'number', value: t => t.number, numeric: true },
      { title: '工作任务', field: 'text', value: t => t.text, render: t => element('span', { class: 'task-text', title: t.text }, t.text) },
      { title: '牵头部门', field: 'leadDepartments', value: t => t.leadDepartments },
      { title: '分管区领导', field: 'leaders', value: t => t.leaders },
      { title: '最近报送', field: 'lastReport', value: t => t.lastReport },
    ], tasks));
  }
}
