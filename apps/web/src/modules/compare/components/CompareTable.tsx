import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { graphql } from '../../../gql';
import type { CompareTable_CellFragment } from '../../../gql/graphql';
import { Figure } from '../../ui/components/Figure';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { TrendBadge } from '../../ui/components/TrendBadge';
import { COMPARE_INDICATOR } from '../graphql/compareIndicator';
import { nameIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';

export const CompareTable_cell = graphql(`
  fragment CompareTable_cell on CompareCell {
    indicatorCode
    orgUnitCode
    year
    value
    synthetic
    change {
      trend
    }
  }
`);

/** Communes × years for one indicator, each cell with its change from the year before. */
export function CompareTable({
  code,
  units,
  years,
  cells,
  onRemove,
}: {
  code: string;
  units: readonly { code: string; name: string }[];
  years: number[];
  cells: readonly CompareTable_CellFragment[];
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(COMPARE_INDICATOR, { variables: { code } });
  const indicator = data?.indicator;
  const cell = (unit: string, year: number) => cells.find((c) => c.indicatorCode === code && c.orgUnitCode === unit && c.year === year);
  return (
    <section className="compare-block" aria-labelledby={`cmp-${code}`}>
      <div className="compare-head">
        <h2 id={`cmp-${code}`}>
          <span className="code">{code}</span> {indicator ? nameIn(asLocale(i18n.language), indicator) : ''}
        </h2>
        <button type="button" className="button button-small button-quiet" onClick={onRemove} aria-label={t('compare.remove', { code })}>
          {t('common.remove')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('compare.unit')}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.code}>
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
                          <TrendBadge trend={c.change.trend} />
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
    </section>
  );
}
