import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DEFAULT_ORG_UNIT, REPORT_PROGRAMME } from '../modules/ui/utils/paths';
import type { SectionView_SectionFragment } from '../gql/graphql';
import { SectionTree, type SectionNode } from '../modules/report/components/SectionTree';
import { SectionView } from '../modules/report/components/SectionView';
import { Empty, ErrorNotice, Loading } from '../modules/ui/components/Status';
import { usePageTitle } from '../modules/ui/hooks/usePageTitle';
import { SECTIONS_PAGE } from './SectionsPage.query';
import { titleIn } from '../modules/ui/utils/localized';
import { asLocale } from '../i18n';

type Node = SectionView_SectionFragment & { children?: Node[] | null };

function find(nodes: readonly Node[], key: string): Node | null {
  for (const node of nodes) {
    if (node.key === key) return node;
    const inner = find(node.children ?? [], key);
    if (inner) return inner;
  }
  return null;
}

export default function SectionsPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode = DEFAULT_ORG_UNIT, programme = REPORT_PROGRAMME, sectionId } = useParams();
  const { data, loading, error, refetch } = useQuery(SECTIONS_PAGE, { variables: { orgUnitCode, programme } });
  const sections = (data?.report?.sections ?? []) as Node[];
  const selected = sectionId ? find(sections, sectionId) : null;
  usePageTitle(selected ? `${selected.number} ${titleIn(asLocale(i18n.language), selected)}` : t('nav.sections'));

  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (!data?.report) return <Empty>{t('overview.noReport')}</Empty>;

  return (
    <div className="with-sidebar">
      <aside className="sidebar">
        <h2 className="sidebar-title">{t('nav.sections')}</h2>
        <SectionTree sections={sections as SectionNode[]} orgUnitCode={orgUnitCode} programme={programme} />
      </aside>
      <div className="content">
        {selected ? (
          <SectionView
            section={selected}
            subsections={selected.children ?? []}
            orgUnitCode={orgUnitCode}
            programme={programme}
          />
        ) : sectionId ? (
          <Empty>{t('sections.notFound', { id: sectionId })}</Empty>
        ) : (
          <>
            <h1>{data.report.title}</h1>
            <p className="lead">{t('sections.intro')}</p>
          </>
        )}
      </div>
    </div>
  );
}
