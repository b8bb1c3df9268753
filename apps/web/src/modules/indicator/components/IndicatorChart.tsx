import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../charts/components/LazyChart';
import { useFormat } from '../../ui/hooks/useFormat';
import { withGaps, type YearPoint } from '../../ui/utils/series';

/** The yearly series as a line; missing years are gaps in the line, not zeros. */
export function IndicatorChart({ name, points, unit, inverted }: { name: string; points: YearPoint[]; unit?: string | null; inverted?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const series = withGaps(points);
  const option = useMemo(
    () => ({
      grid: { left: 56, right: 24, top: 24, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? `${format.number(v)}${unit === '%' ? '%' : ''}` : t('common.noData')),
      },
      xAxis: { type: 'category', data: series.map((p) => String(p.year)) },
      yAxis: {
        type: 'value',
        inverse: inverted ?? false,
        scale: true,
        axisLabel: { formatter: (v: number) => format.number(v) ?? '' },
      },
      series: [
        {
          name,
          type: 'line',
          data: series.map((p) => p.value),
          connectNulls: false,
          symbolSize: 8,
          lineStyle: { width: 2.5, color: '#1d4f91' },
          itemStyle: { color: '#1d4f91' },
        },
      ],
    }),
    [series, format, unit, name, inverted, t],
  );
  if (series.filter((p) => p.value !== null).length === 0) return <p className="muted">{t('indicator.noSeries')}</p>;
  return <LazyChart option={option} label={t('indicator.chartLabel', { name })} />;
}
