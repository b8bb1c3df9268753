import { useQuery } from '@apollo/client/react';
import './communes.css';
import { sortByVietnameseName } from '@cchc/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNE_LIST } from '../graphql/communes';

/** Above this many communes a filter box narrows the list (a province holds hundreds). */
export const FILTER_FROM = 30;
/** At most this many options are listed at once; the filter finds the rest. */
const MAX_OPTIONS = 300;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * Picks the commune whose pages are shown: the communes the server holds in Vietnamese alphabetical order, each with its
 * district when several districts are held; with many communes, a filter box (accents optional) narrows the list.
 */
export function CommuneSelector({ current, onSelect }: { current: string; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const { data } = useQuery(COMMUNE_LIST);
  const communes = useMemo(() => sortByVietnameseName((data?.orgUnits ?? []).filter((u) => u.level === 'COMMUNE'), (u) => u.name), [data]);
  const parents = new Set(communes.map((c) => c.parent?.code ?? ''));
  const label = (c: (typeof communes)[number]) => (parents.size > 1 && c.parent ? `${c.name} (${c.parent.name})` : c.name);
  const needle = fold(filter.trim());
  const shown = (needle ? communes.filter((c) => fold(label(c)).includes(needle)) : communes).slice(0, MAX_OPTIONS);
  // The current commune stays selectable even when the filter hides it, so the select always shows what is open.
  const currentUnit = communes.find((c) => c.code === current);
  const options = currentUnit && !shown.includes(currentUnit) ? [currentUnit, ...shown] : shown;
  if (communes.length === 0) return null;
  return (
    <div className="commune-selector">
      <label htmlFor={`${id}-select`}>{t('communes.label')}</label>
      {communes.length > FILTER_FROM && (
        <input
          id={`${id}-filter`}
          type="search"
          aria-label={t('communes.filter')}
          placeholder={t('communes.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <select id={`${id}-select`} value={currentUnit ? current : ''} onChange={(e) => e.target.value && onSelect(e.target.value)}>
        {!currentUnit && <option value="">—</option>}
        {options.map((c) => (
          <option key={c.code} value={c.code}>
            {label(c)}
          </option>
        ))}
      </select>
      {needle && shown.length === 0 && <span className="hint">{t('communes.none')}</span>}
    </div>
  );
}
