import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../charts/components/LazyChart';
import { type Formatter, useFormat } from '../../ui/hooks/useFormat';

/** A value as a chart's tooltip shows it: "80,5 điểm", "80.5 points", "80,5%" — the unit in the reader's language. */
const withUnit = (format: Formatter, value: number, unit: string | null | undefined) => {
  const shown = format.unit(unit);
  return `${format.number(value)}${shown === '%' ? '%' : shown ? ` ${shown}` : ''}`;
};

/** One line per commune over the chosen years; a missing year is a gap in its line, never a zero. */
export function CompareChart({
  name,
  unit,
  inverted,
  units,
  years,
  valueOf,
  highlight,
}: {
  name: string;
  unit?: string | null;
  inverted?: boolean;
  units: readonly { code: string; name: string }[];
  years: readonly number[];
  valueOf: (unitCode: string, year: number) => number | null;
  highlight?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () => ({
      grid: { left: 56, right: 24, top: 24, bottom: 72 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (typeof v === 'number' ? withUnit(format, v, unit) : t('common.noData')),
      },
      legend: { type: 'scroll', bottom: 0 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', scale: true, inverse: inverted ?? false, name: format.unit(unit) ?? '', axisLabel: { formatter: (v: number) => format.number(v) ?? '' } },
      series: units.map((u) => ({
        name: u.name,
        type: 'line',
        connectNulls: false,
        data: years.map((y) => valueOf(u.code, y)),
        lineStyle: { width: u.code === highlight ? 4 : 1.5 },
        emphasis: { focus: 'series' },
      })),
    }),
    [format, unit, inverted, units, years, valueOf, highlight, t],
  );
  return <LazyChart option={option} label={t('compareView.chartLabel', { name })} height={320} />;
}

/** The ranking as horizontal bars, best at the top; units without a value are left out of the bars. */
export function RankingChart({ label, unit, rows }: { label: string; unit?: string | null; rows: readonly { name: string; value: number | null; highlight: boolean }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = rows.filter((r): r is { name: string; value: number; highlight: boolean } => r.value !== null);
  const option = useMemo(
    () => ({
      grid: { left: 120, right: 56, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? withUnit(format, v, unit) : t('common.noData')) },
      xAxis: { type: 'value', scale: false, axisLabel: { formatter: (v: number) => format.number(v) ?? '' } },
      yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.name) },
      series: [
        {
          type: 'bar',
          data: shown.map((r) => ({ value: r.value, itemStyle: { color: r.highlight ? '#b3261e' : '#1d4f91' } })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => format.number(p.value) ?? '' },
        },
      ],
    }),
    [shown, format, unit, t],
  );
  if (shown.length === 0) return null;
  return <LazyChart option={option} label={label} height={Math.max(160, shown.length * 22 + 40)} />;
}
