// English texts of a finding's places and explanations (merged into the app's dictionary under "findingDetail").
import type { findingDetailVi } from './vi';

export const findingDetailEn: typeof findingDetailVi = {
  openSection: 'Open section {{section}} of the report',
  explanationTitle: "The commune's explanation",
  by: '{{who}}, {{when}}',
  reviewedBy: 'Reviewer: {{who}}, {{when}}',
  noExplanation: 'Not explained yet.',
};
