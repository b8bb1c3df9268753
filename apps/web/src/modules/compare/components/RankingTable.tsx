import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { RankingTable_RowFragment } from '../../../gql/graphql';
import { Figure } from '../../ui/components/Figure';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { useFormat } from '../../ui/hooks/useFormat';

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
export function RankingTable({ rows, caption, names }: { rows: readonly RankingTable_RowFragment[]; caption: string; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="ranking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.rank')}</th>
            <th scope="col">{t('compare.unit')}</th>
            <th scope="col" className="num">
              {t('indicator.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.orgUnitCode}>
              <td>{r.rank === null || r.rank === undefined ? <span className="no-data">{t('compare.unranked')}</span> : format.rank(r.rank, r.of)}</td>
              <th scope="row">{names.get(r.orgUnitCode) ?? r.orgUnitCode}</th>
              <td className="num">
                <Figure value={r.value} />
                {r.synthetic && <SyntheticMark />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
