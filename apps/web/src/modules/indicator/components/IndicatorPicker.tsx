import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_SEARCH } from '../graphql/indicatorSearch';
import { nameIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';

/** Search indicators by code or name and pick one: a labelled search box and a list of buttons. */
export function IndicatorPicker({ onPick, label, exclude = [] }: { onPick: (code: string) => void; label: string; exclude?: string[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data, loading } = useQuery(INDICATOR_SEARCH, { variables: { search: deferred || null, first: 20 }, skip: deferred.length < 2 });
  const results = (data?.indicators.edges ?? []).map((e) => e.node).filter((n) => !exclude.includes(n.code));
  return (
    <div className="picker">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={search} placeholder={t('picker.placeholder')} onChange={(e) => setSearch(e.target.value)} />
      {deferred.length >= 2 && (
        <ul className="picker-results" aria-label={t('picker.results')}>
          {loading && !data && <li className="muted">{t('common.loading')}</li>}
          {data && results.length === 0 && <li className="muted">{t('picker.none')}</li>}
          {results.map((r) => (
            <li key={r.code}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onPick(r.code);
                  setSearch('');
                }}
              >
                <span className="code">{r.code}</span> {nameIn(asLocale(i18n.language), r)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
