// 各部门报送情况: the departments' reporting for the period (on time, late, pending before the due date, missing after
// it), ranked by on-time rate: stacked
// bars with the lowest rates on top, twenty at a time (the wheel or the slider scrolls through the rest), and the
// same rows in a sortable table beside them. A click on a department narrows the page to it.
import { Chart } from '../charts';
import { element, pickButton, table } from '../dom';
import { percent, type ComplianceRow } from '../model';

/** As many bars as the chart shows legibly at once; it scrolls to the others. */
const shown = 20;

export class CompliancePanel {
  private readonly chart: Chart;
  private readonly tableHolder = element('div', { class: 'table-scroll' });
  private readonly title = element('p', { class: 'chart-title' });

  constructor(readonly root: HTMLElement) {
    const chartElement = element('div', { class: 'chart tall' });
    root.append(element('h2', {}, '各部门报送情况'), element('div', {}, this.title, chartElement), this.tableHolder);
    this.chart = new Chart(chartElement, '各部门报送情况图：按时、逾期与未报送的期数，数据见旁边的表格。');
  }

  /** @param focused the department the page is narrowed to, marked in the table. */
  render(rows: ComplianceRow[], pick: (name: string) => void, focused: string | null): void {
    // Ranked best first, and a category axis lists bottom-up: the lowest rates are on top, where the chart opens.
    const bar = (name: string, color: string, value: (row: ComplianceRow) => number) =>
      ({ name, type: 'bar', stack: 'reports', color, data: rows.map(value), barMaxWidth: 14 });
    const scrolls = rows.length > shown;
    this.title.textContent = scrolls ? `按时报送率由低到高，共 ${rows.length} 个部门（滚动查看）` : '';
    this.chart.draw({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: scrolls ? 36 : 24, top: 28, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: '报告数', nameLocation: 'middle', nameGap: 24, minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(r => r.department), triggerEvent: true, axisLabel: { interval: 0 } },
      dataZoom: scrolls ? [
        { type: 'slider', yAxisIndex: 0, right: 4, width: 14, startValue: rows.length - shown, endValue: rows.length - 1,
          zoomLock: true, showDetail: false, brushSelect: false },
        { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true },
      ] : [],
      series: [
        bar('按时报送', '#2f9e44', r => r.onTime),
        bar('逾期报送', '#f59f00', r => r.late),
        bar('待报送', '#868e96', r => r.pending),
        bar('未报送', '#e03131', r => r.missing),
      ],
    }, pick);
    this.tableHolder.replaceChildren(table<ComplianceRow>([
      { title: '排名', field: 'rank', value: r => r.rank, numeric: true },
      { title: '责任部门', field: 'department', value: r => r.department, render: r => pickButton(r.department, pick, r.department === focused) },
      { title: '应报', field: 'expected', value: r => r.expected, numeric: true },
      { title: '按时', field: 'onTime', value: r => r.onTime, numeric: true },
      { title: '逾期', field: 'late', value: r => r.late, numeric: true },
      { title: '待报', field: 'pending', value: r => r.pending, numeric: true },
      { title: '未报', field: 'missing', value: r => r.missing, numeric: true },
      { title: '按时报送率', field: 'onTimeRate', value: r => r.onTimeRate, render: r => percent(r.onTimeRate), numeric: true },
    ], rows, { sortable: true }));
  }
}
