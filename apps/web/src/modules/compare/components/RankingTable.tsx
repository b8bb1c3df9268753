import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { RankingTable_RowFragment } from '../../../gql/graphql';
import { Figure } from '../../ui/components/Figure';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { useFormat } from '../../ui/hooks/useFormat';
import { nextSort, sortRows, type SortState } from '../utils/compareRows';
import { SortHeader } from './SortHeader';

export const RankingTable_row = graphql(`
  fragment RankingTable_row on RankingEntry {
    orgUnitCode
    value
    rank
    of
    synthetic
  }
`);

/** The units ranked "k of N" by the indicator's direction; units without a value are listed last, unranked. */
export function RankingTable({
  rows,
  caption,
  names,
  unit,
  valueType,
  highlight,
}: {
  rows: readonly RankingTable_RowFragment[];
  caption: string;
  names: ReadonlyMap<string, string>;
  unit?: string | null;
  valueType?: string;
  highlight?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<SortState>({ key: 'rank', dir: 'asc' });
  // The column's unit as its figures show it (Figure): "Value (points)" in English.
  const shownUnit = format.unit(unit);
  const named = rows.map((r) => ({ ...r, name: names.get(r.orgUnitCode) ?? r.orgUnitCode }));
  // By rank is by value in the indicator's direction; by value is the figure itself, whichever way is better.
  const shown = sortRows(named, sort, (r, key) => (key === 'rank' ? (r.rank ?? null) : (r.value ?? null)));
  const onSort = (column: string) => setSort(column === 'rank' && sort.key !== 'rank' ? { key: 'rank', dir: 'asc' } : nextSort(sort, column));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="ranking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeader column="rank" label={t('compare.rank')} sort={sort} onSort={onSort} />
            <SortHeader column="name" label={t('compare.unit')} sort={sort} onSort={onSort} />
            <SortHeader column="value" label={shownUnit ? t('compareView.valueWithUnit', { unit: shownUnit }) : t('indicator.value')} sort={sort} onSort={onSort} numeric />
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.orgUnitCode} className={r.orgUnitCode === highlight ? 'row-highlight' : undefined}>
              <td>{r.rank === null || r.rank === undefined ? <span className="no-data">{t('compare.unranked')}</span> : format.rank(r.rank, r.of)}</td>
              <th scope="row">{r.name}</th>
              <td className="num">
                <Figure value={r.value} unit={unit} valueType={valueType} />
                {r.synthetic && <SyntheticMark />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
