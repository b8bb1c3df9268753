// English texts of the commune selector (merged into the app's dictionary under "communes").
import type { communesVi } from './vi';

export const communesEn: typeof communesVi = {
  label: 'Commune shown',
  filter: 'Filter the communes',
  filterPlaceholder: 'Type a commune name',
  none: 'No commune matches.',
};
