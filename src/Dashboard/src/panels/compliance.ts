// 各部门报送情况: the departments' reporting for the period (on time, late, missing). The chart shows the departments
// that most need attention (the lowest on-time rates, stacked by on time, late and missing); the sortable table beside
// it ranks them all. A click on a department narrows the page to it.
import { Chart } from '../charts';
import { element, pickButton, table } from '../dom';
import { percent, type ComplianceRow } from '../model';

/** As many as a chart can show legibly; the table lists every department. */
const charted = 20;

export class CompliancePanel {
  private readonly chart: Chart;
  private readonly tableHolder = element('div', { class: 'table-scroll' });
  private readonly title = element('p', { class: 'chart-title' });

  constructor(readonly root: HTMLElement) {
    const chartElement = element('div', { class: 'chart tall' });
    root.append(element('h2', {}, '各部门报送情况'), element('div', {}, this.title, chartElement), this.tableHolder);
    this.chart = new Chart(chartElement, '各部门报送情况图：按时、逾期与未报送的期数，数据见旁边的表格。');
  }

  render(rows: ComplianceRow[], pick: (name: string) => void): void {
    // Ranked best first: the last rows are the lowest rates. The chart lists categories bottom-up, so the lowest is on top.
    const drawn = rows.slice(-charted);
    const bar = (name: string, color: string, value: (row: ComplianceRow) => number) =>
      ({ name, type: 'bar', stack: 'reports', color, data: drawn.map(value), barMaxWidth: 14 });
    this.title.textContent = rows.length > charted ? `按时报送率最低的 ${charted} 个部门` : '';
    this.chart.draw({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: '报告数', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: { type: 'category', data: drawn.map(r => r.department), triggerEvent: true, axisLabel: { interval: 0 } },
      series: [
        bar('按时报送', '#2f9e44', r => r.onTime),
        bar('逾期报送', '#f59f00', r => r.late),
        bar('未报送', '#e03131', r => r.missing),
      ],
    }, pick);
    this.tableHolder.replaceChildren(table<ComplianceRow>([
      { title: '排名', field: 'rank', value: r => r.rank, numeric: true },
      { title: '责任部门', field: 'department', value: r => r.department, render: r => pickButton(r.department, pick) },
      { title: '应报', field: 'expected', value: r => r.expected, numeric: true },
      { title: '按时', field: 'onTime', value: r => r.onTime, numeric: true },
      { title: '逾期', field: 'late', value: r => r.late, numeric: true },
      { title: '未报', field: 'missing', value: r => r.missing, numeric: true },
      { title: '按时报送率', field: 'onTimeRate', value: r => r.onTimeRate, render: r => percent(r.onTimeRate), numeric: true },
    ], rows, { sortable: true }));
  }
}
