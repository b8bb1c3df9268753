import type { Programme } from '@cchc/domain';

export const PROGRAMME_2021_2025 = '2021-2025';
export const PROGRAMME_2026_2030 = '2026-2030';

export const programmes: Programme[] = [
  { code: PROGRAMME_2021_2025, name: 'Chương trình cải cách hành chính nhà nước giai đoạn 2021 – 2025', startYear: 2021, endYear: 2025 },
  { code: PROGRAMME_2026_2030, name: 'Chương trình cải cách hành chính nhà nước giai đoạn 2026 – 2030', startYear: 2026, endYear: 2030 },
];
