import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_ORG_UNIT, DEFAULT_PEER_PARENT } from '../modules/ui/utils/paths';
import { CompareTable } from '../modules/compare/components/CompareTable';
import { RankingTable } from '../modules/compare/components/RankingTable';
import { IndicatorPicker } from '../modules/indicator/components/IndicatorPicker';
import { HEADLINE_CODES } from '../modules/report/utils/headlines';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { COMPARE_PAGE } from './ComparePage.query';

const ALL_YEARS = [2021, 2022, 2023, 2024, 2025];
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export default function ComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const parent = params.get('parent') ?? DEFAULT_PEER_PARENT;
  const indicatorCodes = params.has('indicators') ? list(params.get('indicators')) : [HEADLINE_CODES.parScore];
  const years = (params.has('years') ? list(params.get('years')).map(Number) : ALL_YEARS).filter((y) => Number.isInteger(y));
  const unitParam = params.has('units') ? list(params.get('units')) : null;
  const rankIndicator = params.get('rankIndicator') ?? indicatorCodes[0] ?? '';
  const rankYear = Number(params.get('rankYear') ?? years[years.length - 1] ?? 2025);
  usePageTitle(t('nav.compare'));

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const { data: unitsData } = useQuery(COMPARE_PAGE, {
    variables: {
      parent,
      indicatorCodes: [],
      orgUnitCodes: [],
      years: [],
      rankIndicator: '',
      rankYear: 0,
      skipCompare: true,
      skipRanking: true,
    },
  });
  const allUnits = unitsData?.orgUnits ?? [];
  const orgUnitCodes = unitParam ?? allUnits.map((u) => u.code);
  const units = allUnits.filter((u) => orgUnitCodes.includes(u.code));

  const { data, loading, error, refetch } = useQuery(COMPARE_PAGE, {
    variables: {
      parent,
      indicatorCodes,
      orgUnitCodes,
      years,
      rankIndicator,
      rankYear,
      skipCompare: indicatorCodes.length === 0 || orgUnitCodes.length === 0 || years.length === 0,
      skipRanking: !rankIndicator,
    },
    skip: !unitsData,
  });

  const toggleUnit = (code: string) => {
    const next = orgUnitCodes.includes(code) ? orgUnitCodes.filter((c) => c !== code) : [...orgUnitCodes, code];
    set({ units: next.join(',') });
  };
  const toggleYear = (year: number) => {
    const next = years.includes(year) ? years.filter((y) => y !== year) : [...years, year].sort();
    set({ years: next.join(',') });
  };

  return (
    <div>
      <header className="page-header">
        <h1>{t('compare.title')}</h1>
        <p className="lead">{t('compare.intro', { parent: unitsData?.parentUnit?.name ?? parent })}</p>
      </header>

      <div className="compare-controls">
        <IndicatorPicker
          label={t('compare.addIndicator')}
          exclude={indicatorCodes}
          onPick={(code) => set({ indicators: [...indicatorCodes, code].join(',') })}
        />
        <fieldset className="checkbox-group">
          <legend>{t('compare.years')}</legend>
          {ALL_YEARS.map((y) => (
            <label key={y}>
              <input type="checkbox" checked={years.includes(y)} onChange={() => toggleYear(y)} /> {y}
            </label>
          ))}
        </fieldset>
        <details className="unit-chooser">
          <summary>{t('compare.units', { count: orgUnitCodes.length, total: allUnits.length })}</summary>
          <fieldset className="checkbox-group checkbox-columns">
            <legend className="visually-hidden">{t('compare.unit')}</legend>
            {allUnits.map((u) => (
              <label key={u.code}>
                <input type="checkbox" checked={orgUnitCodes.includes(u.code)} onChange={() => toggleUnit(u.code)} /> {u.name}
                {u.code === DEFAULT_ORG_UNIT ? ' ★' : ''}
              </label>
            ))}
          </fieldset>
        </details>
      </div>

      {error && !data ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}

      {indicatorCodes.length === 0 ? (
        <Empty>{t('compare.pickIndicator')}</Empty>
      ) : (
        indicatorCodes.map((code) => (
          <CompareTable
            key={code}
            code={code}
            units={units}
            years={years}
            cells={data?.compare ?? []}
            onRemove={() => set({ indicators: indicatorCodes.filter((c) => c !== code).join(',') })}
          />
        ))
      )}

      <section aria-labelledby="ranking-title" className="ranking">
        <h2 id="ranking-title">{t('compare.ranking')}</h2>
        <div className="filters">
          <div className="field">
            <label htmlFor="rank-indicator">{t('compare.rankIndicator')}</label>
            <select id="rank-indicator" value={rankIndicator} onChange={(e) => set({ rankIndicator: e.target.value })}>
              {indicatorCodes.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rank-year">{t('compare.rankYear')}</label>
            <select id="rank-year" value={rankYear} onChange={(e) => set({ rankYear: e.target.value })}>
              {ALL_YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </div>
        {data?.ranking ? (
          data.ranking.length > 0 ? (
            <RankingTable rows={data.ranking} names={new Map(allUnits.map((u) => [u.code, u.name]))} caption={t('compare.rankingCaption', { code: rankIndicator, year: rankYear })} />
          ) : (
            <Empty>{t('compare.noRanking')}</Empty>
          )
        ) : null}
      </section>
    </div>
  );
}
