import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { graphql } from '../../../gql';
import { titleIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';
import type { SectionView_SectionFragment } from '../../../gql/graphql';
import { IndicatorCard } from '../../indicator/components/IndicatorCard';
import { TaskTable } from './TaskTable';

/** The DANH MỤC section: its body is the task list, shown as a table from `tasks`. */
const TASK_LIST_SECTION = 'DM';
import { linkFigures, type FigureRef } from '../utils/linkFigures';
import { cellIndicator, narrativeBlocks } from '../utils/narrativeBlocks';

export const SectionView_section = graphql(`
  fragment SectionView_section on Section {
    id
    key
    number
    title
    titleEn
    body
    indicators {
      ...IndicatorCard_indicator
    }
  }
`);

export function SectionView({
  section,
  subsections,
  orgUnitCode,
  programme,
}: {
  section: SectionView_SectionFragment;
  subsections: { id: string; key: string; number: string; title: string }[];
  orgUnitCode: string;
  programme: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const figures: FigureRef[] = section.indicators.flatMap((indicator) =>
    indicator.observations
      .flatMap((o) => (o.source?.section?.id === section.id && o.raw ? [{ code: indicator.code, raw: o.raw, quote: o.source.quote }] : [])),
  );
  const blocks = narrativeBlocks(section.body);
  return (
    <article className="section-view" aria-labelledby="section-title">
      <h1 id="section-title">
        <span className="section-number">{section.number}</span> {titleIn(locale, section)}
      </h1>
      {blocks.length > 0 ? (
        <div className="narrative">
          {blocks.map((block, i) =>
            block.kind === 'paragraph' ? (
              <p key={i}>
                {linkFigures(block.text, figures).map((segment, j) =>
                  'code' in segment ? (
                    <Link key={j} className="figure-link" to={paths.indicator(orgUnitCode, segment.code)} title={segment.code}>
                      {segment.text}
                    </Link>
                  ) : (
                    <span key={j}>{segment.text}</span>
                  ),
                )}
              </p>
            ) : (
              <div className="table-wrap" key={i}>
                <table className="table table-compact">
                  <thead>
                    <tr>
                      {block.header.map((h, j) => (
                        <th key={j} scope="col">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) => {
                          const code = c >= 2 ? cellIndicator(cell, row[1] ?? '', figures) : null;
                          return (
                            <td key={c} className={c >= 2 ? 'num' : undefined}>
                              {code ? (
                                <Link className="figure-link" to={paths.indicator(orgUnitCode, code)} title={code}>
                                  {cell}
                                </Link>
                              ) : (
                                cell
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ),
          )}
        </div>
      ) : (
        <p className="muted">{t('sections.noNarrative')}</p>
      )}
      {subsections.length > 0 && (
        <nav aria-label={t('sections.subsections')}>
          <h2>{t('sections.subsections')}</h2>
          <ul className="link-list">
            {subsections.map((s) => (
              <li key={s.id}>
                <Link to={paths.section(orgUnitCode, s.key, programme)}>
                  {s.number} {titleIn(locale, s)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {section.key === TASK_LIST_SECTION && <TaskTable orgUnitCode={orgUnitCode} programme={programme} />}
      {section.indicators.length > 0 && (
        <section aria-labelledby="section-indicators">
          <h2 id="section-indicators">{t('sections.indicators', { count: section.indicators.length })}</h2>
          <div className="card-grid">
            {section.indicators.map((indicator) => (
              <IndicatorCard key={indicator.code} indicator={indicator} orgUnitCode={orgUnitCode} />
            ))}
          </div>
        </section>
      )}
    </article>
  );
}
