// The report's own ranks ("6/22") beside the ranks CCHC computes from the figures it holds. A computed rank is only
// compared when every unit of the ranking has the figure; with only the commune's own figures it says so instead of
// showing a bare "1/1".
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REPORTED_RANKS } from '../graphql/reportedRanks';

export function ReportedRanks({ orgUnitCode }: { orgUnitCode: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(REPORTED_RANKS, { variables: { orgUnitCode } });
  const ranks = data?.reportedRanks ?? [];
  if (ranks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="reported-ranks-title" data-testid="reported-ranks">
      <h2 id="reported-ranks-title">{t('ranks.title')}</h2>
      <p className="hint">{t('ranks.intro')}</p>
      <div className="table-wrap">
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t('ranks.indicator')}</th>
              <th scope="col">{t('ranks.year')}</th>
              <th scope="col">{t('ranks.reported')}</th>
              <th scope="col">{t('ranks.computed')}</th>
            </tr>
          </thead>
          <tbody>
            {ranks.map((r) => (
              <tr key={`${r.indicatorCode}-${r.year}`} data-testid={`rank-${r.indicatorCode}-${r.year}`}>
                <th scope="row">{t(`ranks.of.${r.indicatorCode.split('.')[1] ?? ''}`, { defaultValue: r.indicatorCode })}</th>
                <td>{r.year}</td>
                <td>{r.reportedRaw}</td>
                <td data-testid="computed-rank">
                  {r.computedRank === null ? (
                    <span className="muted">{t('ranks.noOwnFigure')}</span>
                  ) : r.onlyOwn ? (
                    t('ranks.onlyOwn', { rank: r.computedRank, of: r.computedOf })
                  ) : !r.complete ? (
                    t('ranks.incomplete', { rank: r.computedRank, of: r.computedOf, ranked: r.reportedOf })
                  ) : r.differs ? (
                    <>
                      {r.computedRank}/{r.computedOf} <span className="severity severity-warning">{t('ranks.differs')}</span>
                    </>
                  ) : (
                    <>
                      {r.computedRank}/{r.computedOf} <span className="muted">{t('ranks.agrees')}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
