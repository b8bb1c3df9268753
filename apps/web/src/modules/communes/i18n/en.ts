// English texts of the commune selector (merged into the app's dictionary under "communes").
import type { communesVi } from './vi';

export const communesEn: typeof communesVi = {
  label: 'Commune shown',
  placeholder: 'Type a commune name, diacritics optional',
  none: 'No commune matches.',
  more: 'Showing the first {{count}}; type more of the name to narrow.',
  found: 'Communes that match: {{count}}',
};
