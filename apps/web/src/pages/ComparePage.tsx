import { useApolloClient, useQuery } from '@apollo/client/react';
import { readerCode, sortByVietnameseName } from '@cchc/domain';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PEER_PARENT, HIGHLIGHT_PARAM } from '../modules/ui/utils/paths';
import { CompareTable } from '../modules/compare/components/CompareTable';
import { RankingChart } from '../modules/compare/components/CompareChart';
import { RankingTable } from '../modules/compare/components/RankingTable';
import { COMPARE_INDICATOR } from '../modules/compare/graphql/compareIndicator';
import { comparisonCsv, csvNumber, syntheticNote, toCsv } from '../modules/compare/utils/compareRows';
import { downloadCsv } from '../modules/ui/utils/download';
import { IndicatorPicker } from '../modules/indicator/components/IndicatorPicker';
import { HEADLINE_CODES } from '../modules/report/utils/headlines';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import { useFormat } from '../modules/ui/hooks/useFormat';
import { nameIn } from '../modules/ui/utils/localized';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { useUrlParams } from '../modules/ui/hooks/useUrlParams';
import { COMPARE_PAGE } from './ComparePage.query';

const ALL_YEARS = [2021, 2022, 2023, 2024, 2025];
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
// The page's state read from URL parameters: from the render's, and again from the latest in each change (useUrlParams).
const readIndicators = (p: URLSearchParams) => (p.has('indicators') ? list(p.get('indicators')) : [HEADLINE_CODES.parScore]);
const readYears = (p: URLSearchParams) => (p.has('years') ? list(p.get('years')).map(Number) : ALL_YEARS).filter((y) => Number.isInteger(y));
const readUnits = (p: URLSearchParams, all: readonly { code: string }[]) => (p.has('units') ? list(p.get('units')) : all.map((u) => u.code));
const toggled = <T,>(items: readonly T[], item: T) => (items.includes(item) ? items.filter((i) => i !== item) : [...items, item]);

/** An option of the ranking's indicator list, named as readers know the indicator (the code stays in its tooltip). */
function IndicatorOption({ code }: { code: string }) {
  const format = useFormat();
  const { data } = useQuery(COMPARE_INDICATOR, { variables: { code } });
  const indicator = data?.indicator;
  const printed = indicator ? readerCode(indicator) : null;
  return (
    <option value={code} title={code}>
      {indicator ? `${printed ? `${printed} ` : ''}${nameIn(format.locale, indicator)}` : code}
    </option>
  );
}

export default function ComparePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  // Every control writes the URL through one queue, so two quick changes both land (see useUrlParams).
  const [params, set] = useUrlParams();
  const parent = params.get('parent') ?? DEFAULT_PEER_PARENT;
  // The commune the reader came from (the navigation passes it) is the one marked in tables and charts; none without it.
  const highlight = params.get(HIGHLIGHT_PARAM) || undefined;
  const indicatorCodes = readIndicators(params);
  const years = readYears(params);
  // The ranking is always on one of the compared indicators: a removed one is never ranked on (no stale ranking).
  const rankParam = params.get('rankIndicator');
  const rankIndicator = rankParam && indicatorCodes.includes(rankParam) ? rankParam : (indicatorCodes[0] ?? '');
  const rankYear = Number(params.get('rankYear') ?? years[years.length - 1] ?? 2025);
  usePageTitle(t('nav.compare'));

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
  const allUnits = sortByVietnameseName(unitsData?.orgUnits ?? [], (u) => u.name);
  const orgUnitCodes = readUnits(params, allUnits);
  const units = allUnits.filter((u) => orgUnitCodes.includes(u.code));
  const skipRanking = !rankIndicator;

  const { data, loading, error, refetch } = useQuery(COMPARE_PAGE, {
    variables: {
      parent,
      indicatorCodes,
      orgUnitCodes,
      years,
      rankIndicator,
      rankYear,
      skipCompare: indicatorCodes.length === 0 || orgUnitCodes.length === 0 || years.length === 0,
      skipRanking,
    },
    skip: !unitsData,
  });
  const { data: rankMeta } = useQuery(COMPARE_INDICATOR, { variables: { code: rankIndicator }, skip: skipRanking });
  const rankDef = rankMeta?.indicator;
  const names = new Map(allUnits.map((u) => [u.code, u.name]));
  const ranking = skipRanking ? null : (data?.ranking ?? null);

  // Each change reads the list it edits from the latest parameters, so two quick changes both land.
  const toggleUnit = (code: string) => set((latest) => ({ units: toggled(readUnits(latest, allUnits), code).join(',') }));
  const toggleYear = (year: number) => set((latest) => ({ years: toggled(readYears(latest), year).sort().join(',') }));
  const removeIndicator = (code: string) =>
    set((latest) => ({
      indicators: readIndicators(latest).filter((c) => c !== code).join(','),
      ...(latest.get('rankIndicator') === code ? { rankIndicator: null } : {}),
    }));

  const indicatorMeta = (code: string) => client.readQuery({ query: COMPARE_INDICATOR, variables: { code } })?.indicator;
  const downloadComparison = () => {
    const csv = comparisonCsv(
      {
        indicatorCode: t('compareView.csv.indicatorCode'),
        indicator: t('compareView.csv.indicator'),
        unit: t('compareView.csv.unit'),
        commune: t('compareView.csv.commune'),
        year: t('compareView.csv.year'),
        value: t('compareView.csv.value'),
        note: t('compareView.csv.note'),
      },
      indicatorCodes.map((code) => {
        const meta = indicatorMeta(code);
        return { code, name: meta?.name ?? '', unit: meta?.unit ?? null };
      }),
      units,
      years,
      data?.compare ?? [],
      format.locale,
      t('dataKind.synthetic'),
    );
    downloadCsv(`so-sanh-${parent}.csv`, csv);
  };
  const downloadRanking = () => {
    if (!ranking) return;
    const csv = toCsv(
      [t('compareView.csv.rank'), t('compareView.csv.of'), t('compareView.csv.commune'), t('compareView.csv.value'), t('compareView.csv.unit'), t('compareView.csv.note')],
      ranking.map((r) => [
        r.rank === null || r.rank === undefined ? '' : String(r.rank),
        String(r.of),
        names.get(r.orgUnitCode) ?? r.orgUnitCode,
        csvNumber(r.value ?? null, format.locale),
        rankDef?.unit ?? '',
        syntheticNote(r.synthetic, t('dataKind.synthetic')),
      ]),
      new Set([0, 1, 3]),
    );
    downloadCsv(`xep-hang-${rankIndicator}-${rankYear}.csv`, csv);
  };
  const rankingName = rankDef ? nameIn(format.locale, rankDef) : rankIndicator;

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
          onPick={(code) => set((latest) => ({ indicators: [...readIndicators(latest).filter((c) => c !== code), code].join(',') }))}
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
                {u.code === highlight ? ' ★' : ''}
              </label>
            ))}
          </fieldset>
        </details>
        {indicatorCodes.length > 0 && data?.compare && (
          <button type="button" className="button button-small" onClick={downloadComparison}>
            {t('compareView.downloadCsv')}
          </button>
        )}
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
            onRemove={() => removeIndicator(code)}
            highlight={highlight}
          />
        ))
      )}

      <section aria-labelledby="ranking-title" className="ranking">
        <h2 id="ranking-title">{t('compare.ranking')}</h2>
        {indicatorCodes.length === 0 ? (
          <Empty>{t('compareView.noIndicator')}</Empty>
        ) : (
          <>
            <div className="filters">
              <div className="field">
                <label htmlFor="rank-indicator">{t('compare.rankIndicator')}</label>
                <select id="rank-indicator" value={rankIndicator} onChange={(e) => set({ rankIndicator: e.target.value })}>
                  {indicatorCodes.map((c) => (
                    <IndicatorOption key={c} code={c} />
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
              {ranking && ranking.length > 0 && (
                <button type="button" className="button button-small" onClick={downloadRanking}>
                  {t('compareView.downloadRankingCsv')}
                </button>
              )}
            </div>
            {ranking ? (
              ranking.length > 0 ? (
                <div className="ranking-body">
                  <RankingTable
                    rows={ranking}
                    names={names}
                    unit={rankDef?.unit}
                    valueType={rankDef?.valueType}
                    highlight={highlight}
                    caption={t('compareView.rankingCaption', { name: rankingName, year: rankYear })}
                  />
                  <RankingChart
                    label={t('compareView.rankingChartLabel', { name: rankingName, year: rankYear })}
                    unit={rankDef?.unit}
                    rows={ranking.map((r) => ({ name: names.get(r.orgUnitCode) ?? r.orgUnitCode, value: r.value ?? null, highlight: r.orgUnitCode === highlight }))}
                  />
                </div>
              ) : (
                <Empty>{t('compare.noRanking')}</Empty>
              )
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
