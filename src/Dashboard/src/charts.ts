// Apache ECharts, only the parts the page draws (bars, lines, a grid, tooltips, legends, scrolling, a description for
// screen readers, on a canvas): the bundle stays small enough for the page to load in well under a second.
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomInsideComponent, DataZoomSliderComponent, GridComponent, LegendComponent, TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([AriaComponent, BarChart, DataZoomInsideComponent, DataZoomSliderComponent, LineChart, GridComponent, LegendComponent,
  TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** A chart drawn into an element, redrawn with each new answer, resized with the window. */
export class Chart {
  private readonly chart: echarts.ECharts;
  private onPick: ((name: string) => void) | null = null;

  /** @param description what screen readers say of the chart: its numbers are in the panel's table. */
  constructor(readonly root: HTMLElement, private readonly description: string) {
    this.chart = echarts.init(root, undefined, { renderer: 'canvas', locale: 'ZH' });
    this.chart.on('click', params => {
      // A bar gives its category as its name; an axis label (triggerEvent) gives it as its value.
      const name = params.componentType === 'series' ? params.name : (params as { value?: unknown }).value;
      if (this.onPick && typeof name === 'string' && name) {
        this.onPick(name);
      }
    });
    window.addEventListener('resize', () => this.chart.resize());
  }

  /** Fits the drawing to its element after the element's size changed. */
  resize(): void {
    this.chart.resize();
  }

  /** Draws the option, replacing what was drawn; a click on a category calls pick with its name. */
  draw(option: ChartOption, pick: ((name: string) => void) | null = null): void {
    this.onPick = pick;
    this.chart.setOption({ animation: false, aria: { enabled: true, label: { description: this.description } }, ...option }, { notMerge: true });
  }
}
