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
import { linkFigures } from '../utils/linkFigures';
import { narrativeBlocks, type TableFigure } from '../utils/narrativeBlocks';
import { NarrativeTableView } from './NarrativeTable';

export const SectionView_section = graphql(`
  fragment SectionView_section on Section {
    id
    key
    number
    title
    titleEn
    body
    indicators {
      code
      observations(orgUnitCode: $orgUnitCode) {
        raw
        source {
          quote
          row
          section {
            id
          }
        }
      }
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
  const figures: TableFigure[] = section.indicators.flatMap((indicator) =>
    indicator.observations.flatMap((o) =>
      o.source?.section?.id === section.id && o.raw ? [{ code: indicator.code, raw: o.raw, quote: o.source.quote, row: o.source.row }] : [],
    ),
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
              <NarrativeTableView key={i} table={block} figures={figures} orgUnitCode={orgUnitCode} label={`${section.number} ${section.title}`} />
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
