import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { graphql } from '../../../gql';
import { SyntheticMark } from '../../ui/components/SyntheticMark';
import { titleIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';
import type { ObservationTable_ObservationFragment } from '../../../gql/graphql';
import { ImportedSource } from '../../import/components/ImportedSource';
import { Figure } from '../../ui/components/Figure';
import { usePeriodLabel } from '../../ui/hooks/usePeriodLabel';
import { periodAnchor } from '../utils/anchors';

export const ObservationTable_observation = graphql(`
  fragment ObservationTable_observation on Observation {
    synthetic
    period {
      key
      label
      labelEn
      year
    }
    value
    raw
    rankOf
    note
    source {
      quote
      table
      row
      section {
        id
        key
        number
        title
        titleEn
      }
      imported {
        format
        fileName
        rowNumber
        year
        importedAt
        importedBy
      }
    }
  }
`);

/** Every value as parsed, the text as written, and the exact source quote a reader can check it against. */
export function ObservationTable({
  observations,
  unit,
  valueType,
  orgUnitCode,
}: {
  observations: readonly ObservationTable_ObservationFragment[];
  unit: string | null | undefined;
  valueType: string;
  orgUnitCode: string;
}) {
  const { t, i18n } = useTranslation();
  const periodText = usePeriodLabel();
  return (
    <div className="table-wrap">
      <table className="table table-stack">
        <caption className="visually-hidden">{t('indicator.values')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.period')}</th>
            <th scope="col" className="num">
              {t('indicator.value')}
            </th>
            <th scope="col">{t('indicator.asWritten')}</th>
            <th scope="col">{t('indicator.source')}</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o, i) => (
            <tr key={`${o.period.label}-${i}`} id={periodAnchor(o.period.key)}>
              <th scope="row">{periodText(o.period)}</th>
              <td className="num" data-label={t('indicator.value')}>
                <Figure value={o.value} unit={unit} valueType={valueType} rankOf={o.rankOf} maximumFractionDigits={6} />
                {o.synthetic && <SyntheticMark />}
              </td>
              <td data-label={t('indicator.asWritten')}>
                <code className="raw">{o.raw || '∅'}</code>
                {o.note && <span className="muted"> · {o.note}</span>}
              </td>
              <td data-label={t('indicator.source')}>
                {o.source?.section && (
                  <Link to={paths.section(orgUnitCode, o.source.section.key)} className="source-section">
                    {o.source?.section.number} {o.source && titleIn(asLocale(i18n.language), o.source.section)}
                  </Link>
                )}
                {(o.source?.table || o.source?.row) && (
                  <span className="muted">
                    {' '}
                    · {[o.source?.table, o.source?.row].filter(Boolean).join(' · ')}
                  </span>
                )}
                {o.source?.imported && (
                  <span className="muted">
                    {' '}
                    · <ImportedSource source={o.source.imported} />
                  </span>
                )}
                {o.source?.quote && <blockquote className="quote">{o.source.quote}</blockquote>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
