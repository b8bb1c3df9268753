// What CCHC is, where its figures come from, how to read a blank and who uses it, in the reader's language.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_ORG_UNIT, paths } from '../../ui/utils/paths';

const SOURCES = ['sourceReport', 'sourceText', 'sourceEntry', 'sourceSynthetic'] as const;
const USERS = ['readers', 'analysts', 'planners', 'reviewers', 'admins'] as const;

export function AboutText() {
  const { t } = useTranslation();
  return (
    <article className="about">
      <header className="page-header">
        <h1>{t('about.title')}</h1>
        <p className="lead">{t('about.lead')}</p>
      </header>
      <section aria-labelledby="about-what">
        <h2 id="about-what">{t('about.whatTitle')}</h2>
        <p>{t('about.what')}</p>
        <p>
          <Link to={paths.overview(DEFAULT_ORG_UNIT)}>{t('nav.overview')}</Link> ·{' '}
          <Link to={paths.sections(DEFAULT_ORG_UNIT)}>{t('nav.sections')}</Link>
        </p>
      </section>
      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('about.sourcesTitle')}</h2>
        <ul>
          {SOURCES.map((key) => (
            <li key={key} data-testid={`about-${key}`}>
              {t(`about.${key}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-blanks">
        <h2 id="about-blanks">{t('about.blanksTitle')}</h2>
        <p>{t('about.blanks')}</p>
        <p>
          <Link to={paths.findings(DEFAULT_ORG_UNIT)}>{t('nav.findings')}</Link>
        </p>
      </section>
      <section aria-labelledby="about-users">
        <h2 id="about-users">{t('about.usersTitle')}</h2>
        <ul>
          {USERS.map((key) => (
            <li key={key}>{t(`about.${key}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
