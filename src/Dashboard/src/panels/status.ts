// 任务状态: the tasks' latest status as of the period, one stacked bar per leader (分管区领导) or district (责任板块),
// with the same numbers in a table below. A click on a bar or a name narrows the page to it.
import { Chart } from '../charts';
import { element, pickButton, table } from '../dom';
import { statuses, type StatusGroup } from '../model';

const unnamed: Record<'leader' | 'district', string> = { leader: '（未明确分管领导）', district: '（未明确板块）' };

export class StatusPanel {
  private readonly chart: Chart;
  private readonly details = element('details', {});

  constructor(readonly root: HTMLElement, title: string, private readonly kind: 'leader' | 'district') {
    const chartElement = element('div', { class: 'chart' });
    root.append(element('h2', {}, title), chartElement, this.details);
    this.chart = new Chart(chartElement, `${title}图：各状态的任务数，数据见下方表格。`);
  }

  render(groups: StatusGroup[], pick: (name: string) => void): void {
    const label = (group: StatusGroup) => group.name ?? unnamed[this.kind];
    // The group without a name cannot be narrowed to: its bar does nothing when clicked.
    const named = new Set(groups.filter(g => g.name !== null).map(g => g.name!));
    // On a phone twenty towns do not fit at an angle: upright, in a smaller type, every one still named.
    const narrow = this.root.clientWidth < 520;
    const crowded = groups.length > 8;
    this.chart.draw({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: groups.map(label), triggerEvent: true,
        axisLabel: { interval: 0, rotate: crowded ? (narrow ? 90 : 40) : 0, fontSize: narrow && crowded ? 10 : 12 } },
      yAxis: { type: 'value', name: '任务数', minInterval: 1 },
      series: statuses.map(s => ({
        name: s.label, type: 'bar', stack: 'status', color: s.color, barMaxWidth: 36,
        data: groups.map(g => g.byStatus[s.status]),
      })),
    }, name => named.has(name) && pick(name));
    this.details.replaceChildren(element('summary', {}, '数据'), table<StatusGroup>([
      {
        title: this.kind === 'leader' ? '分管区领导' : '责任板块', field: 'name', value: label,
        render: g => g.name === null ? label(g) : pickButton(g.name, pick),
      },
      { title: '任务数', field: 'count', value: g => g.count, numeric: true },
      ...statuses.map(s => ({ title: s.label, field: s.status, value: (g: StatusGroup) => g.byStatus[s.status], numeric: true })),
    ], groups));
  }
}
