import { useTranslation } from 'react-i18next';
import type { SortState } from '../utils/compareRows';

/** A column header that sorts the table by its column; aria-sort tells assistive technology the current order. */
export function SortHeader({ column, label, sort, onSort, numeric = false }: { column: string; label: React.ReactNode; sort: SortState; onSort: (column: string) => void; numeric?: boolean }) {
  const { t } = useTranslation();
  const active = sort.key === column;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ' ↕'}
        </span>
        {active && <span className="visually-hidden"> ({t(sort.dir === 'asc' ? 'compareView.sortedAsc' : 'compareView.sortedDesc')})</span>}
      </button>
    </th>
  );
}
