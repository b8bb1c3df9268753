// The seven 2026–2030 targets of PHẦN IV 2, as written, each linked to the indicator that measures it.
import type { TargetDef } from '@cchc/domain';
import type { NarrativeIndicator } from './narrative.js';

/** Targets with no measure in the appendix or the narrative get an indicator of their own. */
export const targetIndicators: NarrativeIndicator[] = [
  {
    code: 'T.WORK_FILES_ONLINE',
    name: 'Tỷ lệ hồ sơ công việc của các cơ quan hành chính được xử lý trên môi trường mạng, có ký số đầy đủ và lưu trữ điện tử',
    unit: '%',
    valueType: 'PERCENT',
    direction: 'HIGHER_BETTER',
    area: 'E_GOVERNMENT',
  },
  {
    code: 'T.ISO',
    name: 'Tỷ lệ cơ quan hành chính các cấp có hệ thống quản lý chất lượng ISO phù hợp tiêu chuẩn quốc gia',
    unit: '%',
    valueType: 'PERCENT',
    direction: 'HIGHER_BETTER',
    area: 'ORGANISATION',
  },
  {
    code: 'T.BUDGET_DISCLOSURE',
    name: 'Tỷ lệ thông tin về ngân sách nhà nước, đấu thầu, mua sắm công được công khai đầy đủ, kịp thời trên cổng thông tin điện tử',
    unit: '%',
    valueType: 'PERCENT',
    direction: 'HIGHER_BETTER',
    area: 'PUBLIC_FINANCE',
  },
];

const target = (
  n: number,
  text: string,
  comparator: TargetDef['comparator'],
  value: number,
  indicatorCode: string,
  baseline: TargetDef['baseline'],
  quote: string,
): TargetDef => ({
  code: `binh-thanh.2026-2030.${n}`,
  text,
  comparator,
  value,
  unit: '%',
  indicatorCode,
  programme: '2026-2030',
  orgUnitCode: 'binh-thanh',
  baseline,
  // Milestones are the planners' to set.
  milestones: [],
  owner: null,
  source: { sectionId: 'IV.2', quote },
});

export const targets: TargetDef[] = [
  // Mức độ 4 is the fully online (toàn trình) level: PHỤ LỤC I 3.2.1, 100 for 2021–2025.
  target(1,
    'Tối thiểu 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4 và tích hợp trên Cổng dịch vụ công quốc gia.',
    'AT_LEAST', 90, '3.2.1', { year: 2025, value: 100 },
    'Tối thiểu 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức'),
  target(2,
    'Tối thiểu 95% hồ sơ công việc của các cơ quan hành chính được xử lý trên môi trường mạng, có ký số đầy đủ và lưu trữ điện tử.',
    'AT_LEAST', 95, 'T.WORK_FILES_ONLINE', null,
    'Tối thiểu 95% hồ sơ công việc của các cơ quan hành chính được xử lý trên'),
  // The satisfaction series ends with 91,88% in 2024 (task 7's evidence); no 2025 figure is stated.
  target(3,
    'Trên 90% người dân, doanh nghiệp hài lòng với sự phục vụ của cơ quan hành chính nhà nước (qua khảo sát độc lập hằng năm).',
    'MORE_THAN', 90, 'N.SIPAS.SATISFACTION', { year: 2024, value: 91.88 },
    'Trên 90% người dân, doanh nghiệp hài lòng với sự phục vụ của cơ quan hành'),
  // PHỤ LỤC I 3.2.2 (online services with files filed online), 100 for 2021–2025.
  target(4,
    'Tối thiểu 80% dịch vụ công trực tuyến có phát sinh hồ sơ và xử lý hoàn toàn trên môi trường mạng.',
    'AT_LEAST', 80, '3.2.2', { year: 2025, value: 100 },
    'Tối thiểu 80% dịch vụ công trực tuyến có phát sinh hồ sơ và xử lý hoàn toàn'),
  target(5,
    '100% cơ quan hành chính các cấp có hệ thống quản lý chất lượng ISO phù hợp tiêu chuẩn quốc gia.',
    'EQUAL', 100, 'T.ISO', null,
    '100% cơ quan hành chính các cấp có hệ thống quản lý chất lượng ISO phù'),
  // Staff on the payroll in 2025: 17 (08 cán bộ + 09 công chức; PHỤ LỤC I 4.2.2 says 17 at the report date).
  target(6,
    'Giảm tối thiểu 20% biên chế hưởng lương từ ngân sách so với năm 2025, gắn với tinh gọn tổ chức bộ máy.',
    'REDUCE_BY_AT_LEAST', 20, '4.2.2', { year: 2025, value: 17 },
    'Giảm tối thiểu 20% biên chế hưởng lương từ ngân sách so với năm 2025, gắn'),
  target(7,
    'Công khai đầy đủ, kịp thời 100% thông tin về ngân sách nhà nước, đấu thầu, mua sắm công trên cổng thông tin điện tử.',
    'EQUAL', 100, 'T.BUDGET_DISCLOSURE', null,
    'Công khai đầy đủ, kịp thời 100% thông tin về ngân sách nhà nước, đấu thầu,'),
];
