// 月度趋势: over the plan's twelve months, the tasks completed and overdue (left axis) and the average progress
// (right axis, %), each as of its month; the months after the chosen period are empty.
import { Chart } from '../charts';
import { element, table } from '../dom';
import type { TrendPoint } from '../model';

export class TrendPanel {
  private readonly chart: Chart;
  private readonly details = element('details', {});

  constructor(readonly root: HTMLElement) {
    const chartElement = element('div', { class: 'chart' });
    root.append(element('h2', {}, '月度趋势'), chartElement, this.details);
    this.chart = new Chart(chartElement, '月度趋势图：各月已完成、逾期未报的任务数与平均进度，数据见下方表格。');
  }

  render(points: TrendPoint[]): void {
    this.chart.draw({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map(p => p.period.slice(5) + '月') },
      yAxis: [
        { type: 'value', name: '任务数', minInterval: 1 },
        { type: 'value', name: '平均进度 %', min: 0, max: 100, splitLine: { show: false } },
      ],
      series: [
        { name: '已完成', type: 'line', color: '#2f9e44', data: points.map(p => p.completed) },
        { name: '逾期未报', type: 'line', color: '#e03131', data: points.map(p => p.overdue) },
        { name: '平均进度', type: 'line', color: '#1c7ed6', yAxisIndex: 1, data: points.map(p => p.averageProgress) },
      ],
    });
    const known = points.filter(p => p.completed !== null);
    this.details.replaceChildren(element('summary', {}, '数据'), table<TrendPoint>([
      { title: '月份', field: 'period', value: p => p.period },
      { title: '已完成', field: 'completed', value: p => p.completed ?? '', numeric: true },
      { title: '逾期未报', field: 'overdue', value: p => p.overdue ?? '', numeric: true },
      { title: '平均进度(%)', field: 'averageProgress', value: p => p.averageProgress ?? '—', numeric: true },
    ], known));
  }
}
