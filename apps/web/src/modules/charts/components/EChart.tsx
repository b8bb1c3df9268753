// Thin ECharts wrapper, imported only through LazyChart so the library stays out of the initial bundle.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export interface EChartProps {
  option: ChartOption;
  label: string;
  height?: number;
  /** Called with the data coordinates of a click inside the plot (x as category index, y as value). */
  onPlotClick?: (point: { xIndex: number; y: number }) => void;
}

export default function EChart({ option, label, height = 280, onPlotClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onPlotClick);
  clickRef.current = onPlotClick;

  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    chart.getZr().on('click', (event: { offsetX: number; offsetY: number }) => {
      const handler = clickRef.current;
      if (!handler) return;
      const pixel = [event.offsetX, event.offsetY];
      if (!chart.containPixel('grid', pixel)) return;
      const [xIndex, y] = chart.convertFromPixel('grid', pixel) as [number, number];
      handler({ xIndex: Math.round(xIndex), y });
    });
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="chart" style={{ height }} role="img" aria-label={label} />;
}
