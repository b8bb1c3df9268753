// The frame of every view: header with navigation, language switch and sign-in state; the view below.
import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { canEnterDataOf, canImport, canManageUsers, canReview } from '../modules/auth/utils/permissions';
import { Loading } from '../modules/ui/components/Status';
import { CommuneSelector } from '../modules/communes/components/CommuneSelector';
import { communePath } from '../modules/communes/utils/communePath';
import { useScrollableTables } from '../modules/ui/hooks/useScrollableTables';
import { LOCALES } from '../i18n';
import { DEFAULT_ORG_UNIT, HIGHLIGHT_PARAM, paths } from '../modules/ui/utils/paths';

export function Layout() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode: unitInPath } = useParams();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // The reader's commune: the page's, or on the compare page the one it marks. Compare is linked with it (so that
  // page marks the commune the reader came from), never with a default the reader did not choose.
  const highlighted = location.pathname === paths.compare() ? new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) : null;
  const readersUnit = unitInPath ?? highlighted;
  const orgUnitCode = readersUnit ?? DEFAULT_ORG_UNIT;
  // On a phone the navigation and the session fold behind one menu button, so the header stays one row. The menu is
  // open for the page it was opened on: following a link closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.pathname;
  const main = useRef<HTMLElement>(null);
  useScrollableTables(main);

  const links = [
    { to: paths.overview(orgUnitCode), label: t('nav.overview'), end: true },
    { to: paths.sections(orgUnitCode), label: t('nav.sections') },
    { to: paths.compare(readersUnit), label: t('nav.compare') },
    { to: paths.findings(orgUnitCode), label: t('nav.findings') },
    { to: paths.targets(orgUnitCode), label: t('nav.targets') },
    { to: paths.explorer(), label: t('nav.explorer') },
    ...(canEnterDataOf(user, orgUnitCode) ? [{ to: paths.yearEntry(orgUnitCode), label: t('nav.yearEntry') }] : []),
    ...(canReview(user) ? [{ to: paths.review(), label: t('nav.review') }] : []),
    ...(canImport(user, orgUnitCode) ? [{ to: paths.importAppendix(orgUnitCode), label: t('nav.import') }] : []),
    ...(canManageUsers(user) ? [{ to: paths.users(), label: t('nav.users') }] : []),
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className={menuOpen ? 'site-header menu-open' : 'site-header'}>
        <div className="site-header-inner">
          <NavLink to={paths.overview(orgUnitCode)} className="brand">
            <span className="brand-mark" aria-hidden="true">
              CCHC
            </span>
            <span className="brand-text">{t('app.title')}</span>
          </NavLink>
          <div className="header-tools">
            <CommuneSelector current={orgUnitCode} onSelect={(code) => navigate(communePath(location, code, (c) => paths.overview(c)))} />
            <div className="language-switch" role="group" aria-label={t('nav.language')}>
              {LOCALES.map((lng) => (
                <button
                  key={lng}
                  type="button"
                  lang={lng}
                  aria-pressed={i18n.language === lng}
                  onClick={() => void i18n.changeLanguage(lng)}
                >
                  {lng === 'vi' ? 'Tiếng Việt' : 'English'}
                </button>
              ))}
            </div>
            {user ? (
              <div className="session">
                <NavLink to={paths.account()} className="session-user" data-testid="session-user" title={t('nav.account')}>
                  {user.email} · {t(`role.${user.role}`)}
                </NavLink>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => void signOut().then(() => navigate(location.pathname))}
                >
                  {t('auth.signOut')}
                </button>
              </div>
            ) : (
              <NavLink
                className="button button-small"
                to={`${paths.signIn()}?next=${encodeURIComponent(location.pathname + location.search)}`}
              >
                {t('auth.signIn')}
              </NavLink>
            )}
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpenAt(menuOpen ? null : location.pathname)}
            >
              <span aria-hidden="true">☰</span> {t('layout.menu')}
            </button>
          </div>
        </div>
        <nav className="main-nav" id="main-nav" aria-label={t('nav.main')}>
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        {t('app.footer')} <NavLink to={paths.about()}>{t('layout.about')}</NavLink>
      </footer>
    </div>
  );
}
