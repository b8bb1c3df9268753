// The report the app opens on: the one commune whose report is in the dataset, and its programmes.
export const DEFAULT_ORG_UNIT = 'binh-thanh';
export const REPORT_PROGRAMME = '2021-2025';
export const TARGET_PROGRAMME = '2026-2030';
/** The district whose communes are compared and ranked (before the 2025 reform abolished districts). */
export const DEFAULT_PEER_PARENT = 'dinh-hoa';
/** The compare page's URL parameter naming the commune the reader came from, marked in its tables and charts. */
export const HIGHLIGHT_PARAM = 'highlight';

export const paths = {
  overview: (org: string, programme = REPORT_PROGRAMME) => `/units/${org}/reports/${programme}`,
  sections: (org: string, programme = REPORT_PROGRAMME) => `/units/${org}/reports/${programme}/sections`,
  section: (org: string, sectionKey: string, programme = REPORT_PROGRAMME) =>
    `/units/${org}/reports/${programme}/sections/${encodeURIComponent(sectionKey)}`,
  indicator: (org: string, code: string) => `/units/${org}/indicators/${encodeURIComponent(code)}`,
  findings: (org: string) => `/units/${org}/findings`,
  targets: (org: string, programme = TARGET_PROGRAMME) => `/units/${org}/targets/${programme}`,
  importAppendix: (org: string) => `/units/${org}/import`,
  yearEntry: (org: string, year: number = 2026) => `/units/${org}/data/${year}`,
  review: () => '/review',
  readReport: (org: string) => `/units/${org}/import/document`,
  compare: (highlight?: string | null) => (highlight ? `/compare?${HIGHLIGHT_PARAM}=${encodeURIComponent(highlight)}` : '/compare'),
  explorer: () => '/explorer',
  signIn: () => '/signin',
  account: () => '/account',
  users: () => '/admin/users',
  about: () => '/about',
};
