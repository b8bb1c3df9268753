import { useQuery } from '@apollo/client/react';
import '../compare.css';
import { movementOf, readerCode } from '@cchc/domain';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { graphql } from '../../../gql';
import type { CompareTable_CellFragment } from '../../../gql/graphql';
import { Figure } from '../../ui/components/Figure';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { TrendBadge } from '../../ui/components/TrendBadge';
import { useFormat } from '../../ui/hooks/useFormat';
import { COMPARE_INDICATOR } from '../graphql/compareIndicator';
import { BY_NAME, nextSort, sortRows, type SortState } from '../utils/compareRows';
import { CompareChart } from './CompareChart';
import { SortHeader } from './SortHeader';
import { nameIn } from '../../ui/utils/localized';

export const CompareTable_cell = graphql(`
  fragment CompareTable_cell on CompareCell {
    indicatorCode
    orgUnitCode
    year
    value
    synthetic
    change {
      trend
      absoluteChange
      placesChange
    }
  }
`);

/** Communes × years for one indicator, each cell with its change from the year before; sortable, or drawn as a chart. */
export function CompareTable({
  code,
  units,
  years,
  cells,
  onRemove,
  highlight,
}: {
  code: string;
  units: readonly { code: string; name: string }[];
  years: number[];
  cells: readonly CompareTable_CellFragment[];
  onRemove: () => void;
  highlight?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(COMPARE_INDICATOR, { variables: { code } });
  const indicator = data?.indicator;
  const [sort, setSort] = useState<SortState>(BY_NAME);
  const [view, setView] = useState<'table' | 'chart'>('table');
  const byKey = useMemo(() => new Map(cells.filter((c) => c.indicatorCode === code).map((c) => [`${c.orgUnitCode}|${c.year}`, c])), [cells, code]);
  const cell = (unit: string, year: number) => byKey.get(`${unit}|${year}`);
  const valueOf = useCallback((unit: string, year: number) => byKey.get(`${unit}|${year}`)?.value ?? null, [byKey]);
  const rows = sortRows(units, sort, (u, key) => valueOf(u.code, Number(key)));
  const printed = indicator ? readerCode(indicator) : null;
  const name = indicator ? nameIn(format.locale, indicator) : '';
  // The unit as the cells show it (Figure): "(points)" over figures in points, not the template's "(điểm)".
  const shownUnit = format.unit(indicator?.unit);
  const unitLabel = shownUnit ? ` (${shownUnit})` : '';
  return (
    <section className="compare-block" aria-labelledby={`cmp-${code}`}>
      <div className="compare-head">
        <h2 id={`cmp-${code}`} title={t('reading.code', { code })}>
          {printed && <span className="code">{printed}</span>} {name}
          {unitLabel && <span className="muted">{unitLabel}</span>}
        </h2>
        <div className="compare-tools">
          <div className="segmented" role="group" aria-label={name}>
            <button type="button" className="button button-small button-quiet" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t('compareView.table')}
            </button>
            <button type="button" className="button button-small button-quiet" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t('compareView.chart')}
            </button>
          </div>
          <button type="button" className="button button-small button-quiet" onClick={onRemove} aria-label={t('compare.remove', { code: name || code })}>
            {t('common.remove')}
          </button>
        </div>
      </div>
      {view === 'chart' ? (
        <CompareChart name={name} unit={indicator?.unit} inverted={indicator?.valueType === 'RANK'} units={rows} years={years} valueOf={valueOf} highlight={highlight} />
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid={`compare-table-${code}`}>
            <thead>
              <tr>
                <SortHeader column="name" label={t('compare.unit')} sort={sort} onSort={(c) => setSort(nextSort(sort, c))} />
                {years.map((y) => (
                  <SortHeader key={y} column={String(y)} label={y} sort={sort} onSort={(c) => setSort(nextSort(sort, c))} numeric />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.code} className={u.code === highlight ? 'row-highlight' : undefined}>
                  <th scope="row">
                    <Link to={paths.indicator(u.code, code)}>{u.name}</Link>
                  </th>
                  {years.map((y) => {
                    const c = cell(u.code, y);
                    return (
                      <td key={y} className="num">
                        <Figure value={c?.value} unit={indicator?.unit} valueType={indicator?.valueType} />
                        {c?.synthetic && <SyntheticMark />}
                        {c && c.change.trend !== 'NO_DATA' && (
                          <div>
                            <TrendBadge trend={c.change.trend} movement={movementOf(c.change)} />
                          </div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
