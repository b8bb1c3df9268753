import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../ui/utils/paths';
import { titleIn } from '../../ui/utils/localized';
import { asLocale } from '../../../i18n';

export interface SectionNode {
  id: string;
  key: string;
  number: string;
  title: string;
  titleEn?: string | null;
  children?: SectionNode[] | null;
}

/** The report's table of contents as nested lists of links: plain, keyboard-navigable, readable by screen readers. */
export function SectionTree({ sections, orgUnitCode, programme }: { sections: SectionNode[]; orgUnitCode: string; programme: string }) {
  const { t } = useTranslation();
  return (
    <nav className="section-tree" aria-label={t('sections.tree')}>
      <SectionList sections={sections} orgUnitCode={orgUnitCode} programme={programme} />
    </nav>
  );
}

function SectionList({ sections, orgUnitCode, programme }: { sections: SectionNode[]; orgUnitCode: string; programme: string }) {
  const { i18n } = useTranslation();
  return (
    <ul>
      {sections.map((s) => (
        <li key={s.id}>
          <NavLink to={paths.section(orgUnitCode, s.key, programme)}>
            <span className="section-number">{s.number}</span> {titleIn(asLocale(i18n.language), s)}
          </NavLink>
          {s.children && s.children.length > 0 && (
            <SectionList sections={s.children} orgUnitCode={orgUnitCode} programme={programme} />
          )}
        </li>
      ))}
    </ul>
  );
}
