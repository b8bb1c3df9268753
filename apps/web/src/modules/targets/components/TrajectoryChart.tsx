import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../charts/components/LazyChart';
import { useFormat } from '../../ui/hooks/useFormat';
import type { TrajectoryPoint } from '../utils/trajectory';

/**
 * Baseline → milestones → final target as a dashed planned line, actuals as a solid line, the resolved target as a
 * horizontal mark. In the editor a click on the plot sets that year's milestone to the clicked value.
 */
export function TrajectoryChart({
  points,
  targetValue,
  unit,
  label,
  onSetMilestone,
  editableYears,
}: {
  points: TrajectoryPoint[];
  targetValue: number | null;
  unit: string;
  label: string;
  onSetMilestone?: (year: number, value: number) => void;
  editableYears?: number[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () => ({
      grid: { left: 56, right: 96, top: 36, bottom: 32 },
      legend: { top: 0, data: [t('targets.planned'), t('targets.actual')] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? `${format.number(v)}${unit === '%' ? '%' : ` ${format.unit(unit) ?? ''}`}` : t('common.noData')),
      },
      xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
      yAxis: { type: 'value', scale: true, max: unit.trim() === '%' ? 100 : undefined, axisLabel: { formatter: (v: number) => format.number(v) ?? '' } },
      series: [
        {
          name: t('targets.planned'),
          type: 'line',
          data: points.map((p) => p.planned),
          connectNulls: true,
          lineStyle: { type: 'dashed', color: '#6b7280' },
          itemStyle: { color: '#6b7280' },
          symbolSize: 9,
          markLine:
            targetValue === null
              ? undefined
              : {
                  symbol: 'none',
                  // One line: ECharts draws a two-line end label over itself.
                  label: { position: 'end', formatter: `${t('targets.target')}: ${format.number(targetValue) ?? ''}${unit.trim() === '%' ? '%' : ''}` },
                  lineStyle: { color: '#b45309' },
                  data: [{ yAxis: targetValue }],
                },
        },
        {
          name: t('targets.actual'),
          type: 'line',
          data: points.map((p) => p.actual),
          connectNulls: false,
          lineStyle: { width: 2.5, color: '#1d4f91' },
          itemStyle: { color: '#1d4f91' },
          symbolSize: 8,
        },
      ],
    }),
    [points, targetValue, unit, t, format],
  );
  const onPlotClick = onSetMilestone
    ? ({ xIndex, y }: { xIndex: number; y: number }) => {
        const year = points[xIndex]?.year;
        if (year !== undefined && (!editableYears || editableYears.includes(year))) onSetMilestone(year, Math.round(y * 10) / 10);
      }
    : undefined;
  // An empty plot says nothing; the editor still shows it because a click on it sets a milestone.
  const nothingToDraw = points.every((p) => p.planned === null && p.actual === null);
  if (nothingToDraw && !onSetMilestone) return <p className="state state-empty chart-empty">{t('targets.nothingToChart')}</p>;
  return <LazyChart option={option} label={label} height={260} onPlotClick={onPlotClick} />;
}
