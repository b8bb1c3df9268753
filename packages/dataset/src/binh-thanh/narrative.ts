// Every figure the narrative of the Bình Thành report states (PHẦN I–II and the DANH MỤC evidence), as indicators with
// named codes and observations quoted from the text.
//
// Periods: a narrative figure takes the period its sentence states (a year, "giai đoạn 2021-2025", "Từ năm 2021 đến
// năm 2024", "Đến tháng 3/2025", "đến nay" = the report date, April 2025). A sentence that restates a figure of
// PHỤ LỤC I is recorded on the appendix indicator with the appendix's period, so that validation compares the two
// statements of one figure; the narrative's own cut-off wording is kept in `note`.
import type { ComponentRef, Direction, Period, ReformArea, ValueType } from '@cchc/domain';
import { APPENDIX_AS_OF } from './appendix.js';

export interface NarrativeIndicator {
  code: string;
  name: string;
  unit: string | null;
  valueType: ValueType;
  direction: Direction;
  area: ReformArea;
  parentCode?: string;
  components?: ComponentRef[];
}

export interface NarrativeFigure {
  indicatorCode: string;
  period: Period;
  raw: string;
  /** The figure as read by hand from `raw`; loading checks it against the domain's parser. */
  value: number;
  rankOf?: number;
  note?: string;
  sectionId: string;
  table?: string;
  row?: string;
  quote: string;
}

const HB: Direction = 'HIGHER_BETTER';
const LB: Direction = 'LOWER_BETTER';
const NE: Direction = 'NEUTRAL';

const year = (y: number): Period => ({ kind: 'YEAR', year: y });
const PROGRAMME: Period = { kind: 'SPAN', fromYear: 2021, toYear: 2025 };
const YEARS_2021_2024: Period = { kind: 'SPAN', fromYear: 2021, toYear: 2024 };
/** "Đến tháng 3/2025". */
const MARCH_2025: Period = { kind: 'AS_OF', date: '2025-03' };
/** "Từ ngày 15/12/2020- 15/4/2025". */
const ONE_STOP_RANGE: Period = { kind: 'RANGE', from: '2020-12-15', to: '2025-04-15' };
/** "Hiện nay", "đến nay", "Tính đến thời điểm báo cáo": the report is dated April 2025. */
const NOW = APPENDIX_AS_OF;

const ratio = (numerator: string, denominator: string): ComponentRef[] => [
  { role: 'NUMERATOR', code: numerator },
  { role: 'DENOMINATOR', code: denominator },
];

export const TTHC_TABLE = 'Kết quả một số chỉ số Cải cách TTHC 2021–2024';
export const STAFF_TABLE = 'Biên chế cán bộ, công chức xã 2021–2025';

export const narrativeIndicators: NarrativeIndicator[] = [
  // PHẦN I — direction
  { code: 'N.PAR.SCORE', name: 'Chỉ số cải cách hành chính (PAR INDEX) của xã', unit: 'điểm', valueType: 'SCORE', direction: HB, area: 'DIRECTION' },
  { code: 'N.PAR.RANK', name: 'Thứ hạng Chỉ số CCHC trong các xã, thị trấn của huyện', unit: null, valueType: 'RANK', direction: LB, area: 'DIRECTION' },
  { code: 'N.SIPAS.SATISFACTION', name: 'Chỉ số hài lòng đối với sự phục vụ của cơ quan hành chính xã', unit: '%', valueType: 'PERCENT', direction: HB, area: 'DIRECTION' },
  { code: 'N.SIPAS.RANK', name: 'Thứ hạng Chỉ số hài lòng trong các xã, thị trấn của huyện', unit: null, valueType: 'RANK', direction: LB, area: 'DIRECTION' },
  {
    code: 'N.INSP.SELF',
    name: 'Số cuộc tự kiểm tra CCHC, công vụ theo kế hoạch',
    unit: 'cuộc',
    valueType: 'COUNT',
    direction: HB,
    area: 'DIRECTION',
    components: [
      { role: 'ADDEND', code: 'N.INSP.SELF.AD_HOC' },
      { role: 'ADDEND', code: 'N.INSP.SELF.PERIODIC' },
    ],
  },
  { code: 'N.INSP.SELF.AD_HOC', name: 'Số cuộc tự kiểm tra đột xuất', unit: 'cuộc', valueType: 'COUNT', direction: HB, area: 'DIRECTION', parentCode: 'N.INSP.SELF' },
  { code: 'N.INSP.SELF.PERIODIC', name: 'Số cuộc tự kiểm tra định kỳ', unit: 'cuộc', valueType: 'COUNT', direction: HB, area: 'DIRECTION', parentCode: 'N.INSP.SELF' },
  { code: 'N.INSP.SELF_PER_YEAR', name: 'Số cuộc tự kiểm tra CCHC tổ chức trong một năm', unit: 'cuộc', valueType: 'COUNT', direction: HB, area: 'DIRECTION' },
  { code: 'N.INSP.HDND_SUPERVISION', name: 'Số đoàn giám sát của HĐND xã đã tiếp', unit: 'cuộc', valueType: 'COUNT', direction: NE, area: 'DIRECTION' },
  { code: 'N.INSP.DISTRICT', name: 'Số đoàn kiểm tra của UBND huyện đã tiếp', unit: 'cuộc', valueType: 'COUNT', direction: NE, area: 'DIRECTION' },
  { code: 'N.INSP.HOME_AFFAIRS', name: 'Số đoàn kiểm tra của Phòng Nội vụ huyện đã tiếp', unit: 'cuộc', valueType: 'COUNT', direction: NE, area: 'DIRECTION' },
  { code: 'N.COMM.DIGITAL_POSTS', name: 'Số tin, bài đăng trên chuyên mục chuyển đổi số của trang thông tin điện tử xã', unit: 'tin, bài', valueType: 'COUNT', direction: HB, area: 'DIRECTION' },

  // PHẦN II 1 — institutions
  { code: 'N.PBGDPL.CONFERENCES', name: 'Số hội nghị phổ biến giáo dục pháp luật trực tiếp, lồng ghép', unit: 'hội nghị', valueType: 'COUNT', direction: HB, area: 'INSTITUTIONS' },
  { code: 'N.PBGDPL.ATTENDANCES', name: 'Số lượt người tham dự hội nghị phổ biến giáo dục pháp luật', unit: 'lượt', valueType: 'COUNT', direction: HB, area: 'INSTITUTIONS' },
  { code: 'N.PBGDPL.CONTESTS', name: 'Số cuộc thi tìm hiểu pháp luật đã tham gia', unit: 'cuộc thi', valueType: 'COUNT', direction: HB, area: 'INSTITUTIONS' },
  { code: 'N.PBGDPL.WEB_POSTS', name: 'Số tin, bài phổ biến pháp luật trên trang thông tin điện tử', unit: 'tin, bài', valueType: 'COUNT', direction: HB, area: 'INSTITUTIONS' },
  { code: 'N.PBGDPL.LOUDSPEAKER_POSTS', name: 'Số tin, bài tuyên truyền pháp luật trên hệ thống loa truyền thanh cơ sở', unit: 'tin, bài', valueType: 'COUNT', direction: HB, area: 'INSTITUTIONS' },

  // PHẦN II 2 — administrative procedures
  { code: 'N.TTHC.FIELDS', name: 'Số lĩnh vực ngành có TTHC niêm yết', unit: 'lĩnh vực', valueType: 'COUNT', direction: NE, area: 'PROCEDURES' },
  { code: 'N.TTHC.INTERAGENCY_FIELDS', name: 'Số lĩnh vực ngành có TTHC giải quyết theo cơ chế một cửa liên thông', unit: 'lĩnh vực', valueType: 'COUNT', direction: NE, area: 'PROCEDURES' },
  { code: 'N.TTHC.VERTICAL', name: 'Số TTHC thuộc ngành dọc đóng trên địa bàn (không thuộc thẩm quyền UBND xã)', unit: 'TTHC', valueType: 'COUNT', direction: NE, area: 'PROCEDURES' },
  {
    code: 'N.TTHC.REVIEWED',
    name: 'Số TTHC đã rà soát, đánh giá',
    unit: 'TTHC',
    valueType: 'COUNT',
    direction: HB,
    area: 'PROCEDURES',
    components: [{ role: 'PART', code: 'N.TTHC.CUTS_PROPOSED' }],
  },
  { code: 'N.TTHC.CUTS_PROPOSED', name: 'Số TTHC đã kiến nghị sửa đổi, cắt giảm giấy tờ, thời gian sau rà soát', unit: 'TTHC', valueType: 'COUNT', direction: HB, area: 'PROCEDURES', parentCode: 'N.TTHC.REVIEWED' },
  // The 2021–2024 table of PHẦN II 2.2 (its first row says "Bộ phận 1 cửa huyện": kept as written).
  { code: 'N.TTHC.FILES_RECEIVED', name: 'Số hồ sơ TTHC tiếp nhận tại Bộ phận 1 cửa huyện', unit: null, valueType: 'COUNT', direction: NE, area: 'PROCEDURES' },
  { code: 'N.TTHC.ONLINE_FILE_RATE', name: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến', unit: '%', valueType: 'PERCENT', direction: HB, area: 'PROCEDURES' },
  { code: 'N.TTHC.ONLINE_PAYMENT_RATE', name: 'Tỷ lệ thanh toán trực tuyến', unit: '%', valueType: 'PERCENT', direction: HB, area: 'PROCEDURES' },
  { code: 'N.TTHC.DIGITISATION_RATE', name: 'Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC', unit: '%', valueType: 'PERCENT', direction: HB, area: 'PROCEDURES' },
  {
    code: 'N.TTHC.SERVICE_INDEX',
    name: 'Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công trên môi trường điện tử',
    unit: 'điểm',
    valueType: 'SCORE',
    direction: HB,
    area: 'PROCEDURES',
  },
  // PHẦN II 6.4 — results of 2024 and the one-stop desk since 15/12/2020
  { code: 'N.TTHC.E_RESULT_RATE', name: 'Tỷ lệ hồ sơ cấp kết quả điện tử', unit: '%', valueType: 'PERCENT', direction: HB, area: 'PROCEDURES' },
  { code: 'N.TTHC.DATA_REUSE_RATE', name: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá', unit: '%', valueType: 'PERCENT', direction: HB, area: 'PROCEDURES' },
  { code: 'N.TTHC.ONLINE_PAYMENT_PROCEDURE_RATE', name: 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến', unit: '%', valueType: 'PERCENT', direction: HB, area: 'PROCEDURES' },
  {
    code: 'N.ONE_STOP.FILES',
    name: 'Số hồ sơ Bộ phận Một cửa xã đã tiếp nhận và giải quyết',
    unit: 'hồ sơ',
    valueType: 'COUNT',
    direction: NE,
    area: 'PROCEDURES',
    // The files split two ways: resolved (16.807, PHỤ LỤC I 3.4.2.a) + in progress (32), and online (10.522) +
    // in person or by post (6.317). Only the second split is a sum within this indicator's period.
    components: [
      { role: 'ADDEND', code: 'N.ONE_STOP.FILES_ONLINE' },
      { role: 'ADDEND', code: 'N.ONE_STOP.FILES_IN_PERSON' },
    ],
  },
  { code: 'N.ONE_STOP.FILES_IN_PROGRESS', name: 'Số hồ sơ đang giải quyết', unit: 'hồ sơ', valueType: 'COUNT', direction: NE, area: 'PROCEDURES', parentCode: 'N.ONE_STOP.FILES' },
  { code: 'N.ONE_STOP.FILES_ONLINE', name: 'Số hồ sơ giải quyết qua dịch vụ công trực tuyến', unit: 'hồ sơ', valueType: 'COUNT', direction: HB, area: 'PROCEDURES', parentCode: 'N.ONE_STOP.FILES' },
  { code: 'N.ONE_STOP.FILES_IN_PERSON', name: 'Số hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính', unit: 'hồ sơ', valueType: 'COUNT', direction: NE, area: 'PROCEDURES', parentCode: 'N.ONE_STOP.FILES' },

  // PHẦN II 3–4 — organisation and civil service
  { code: 'N.STAFF.CAN_BO', name: 'Số cán bộ xã', unit: 'người', valueType: 'COUNT', direction: LB, area: 'ORGANISATION', parentCode: 'N.STAFF.TOTAL' },
  { code: 'N.STAFF.CONG_CHUC', name: 'Số công chức xã', unit: 'người', valueType: 'COUNT', direction: LB, area: 'ORGANISATION', parentCode: 'N.STAFF.TOTAL' },
  {
    // Not stated as such: derived from the two rows of the staffing table.
    code: 'N.STAFF.TOTAL',
    name: 'Tổng số cán bộ, công chức xã',
    unit: 'người',
    valueType: 'COUNT',
    direction: LB,
    area: 'ORGANISATION',
    components: [
      { role: 'ADDEND', code: 'N.STAFF.CAN_BO' },
      { role: 'ADDEND', code: 'N.STAFF.CONG_CHUC' },
    ],
  },
  // Staff cut under the reduction policy: more cuts means the policy advanced.
  { code: 'N.STAFF.REDUCTIONS', name: 'Số trường hợp cán bộ thực hiện chính sách tinh giản biên chế', unit: 'trường hợp', valueType: 'COUNT', direction: HB, area: 'ORGANISATION' },
  { code: 'N.STAFF.CAN_BO_UNIVERSITY_RATE', name: 'Tỷ lệ cán bộ có trình độ chuyên môn nghiệp vụ từ đại học trở lên', unit: '%', valueType: 'PERCENT', direction: HB, area: 'CIVIL_SERVICE' },
  { code: 'N.STAFF.CAN_BO_INTERMEDIATE_RATE', name: 'Tỷ lệ cán bộ có trình độ trung cấp', unit: '%', valueType: 'PERCENT', direction: NE, area: 'CIVIL_SERVICE' },
  { code: 'N.STAFF.CONG_CHUC_UNIVERSITY_RATE', name: 'Tỷ lệ công chức xã có trình độ chuyên môn từ đại học trở lên', unit: '%', valueType: 'PERCENT', direction: HB, area: 'CIVIL_SERVICE' },
  { code: 'N.STAFF.CONG_CHUC_INTERMEDIATE_RATE', name: 'Tỷ lệ công chức xã có trình độ trung cấp', unit: '%', valueType: 'PERCENT', direction: NE, area: 'CIVIL_SERVICE' },
  { code: 'N.TRAINING.ATTENDANCES', name: 'Số lượt cán bộ, công chức xã tham gia các lớp đào tạo, bồi dưỡng', unit: 'lượt', valueType: 'COUNT', direction: HB, area: 'CIVIL_SERVICE' },

  // PHẦN II 6 — e-government, digital government
  { code: 'N.DIGITAL.SELF_CHECK_FIELDS', name: 'Số lĩnh vực tự kiểm tra hoạt động thông qua môi trường số', unit: 'lĩnh vực', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT' },
  { code: 'N.DIGITAL.E_DOCUMENT_RATE', name: 'Tỷ lệ văn bản đi, đến được ban hành và tiếp nhận hoàn toàn trên môi trường điện tử', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT' },
  { code: 'N.DIGITAL.ONE_STOP_SOFTWARE_RATE', name: 'Tỷ lệ các khâu giải quyết TTHC được cập nhật thực hiện trên phần mềm Một cửa điện tử', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT' },
  { code: 'N.E06.CASHLESS_SCHOOLS', name: 'Số trường học triển khai áp dụng giải pháp không dùng tiền mặt', unit: 'trường học', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT', parentCode: 'N.E06.CASHLESS_SCHOOL_RATE' },
  { code: 'N.E06.SCHOOLS', name: 'Số trường học trên địa bàn', unit: 'trường học', valueType: 'COUNT', direction: NE, area: 'E_GOVERNMENT', parentCode: 'N.E06.CASHLESS_SCHOOL_RATE' },
  { code: 'N.E06.CASHLESS_SCHOOL_RATE', name: 'Tỷ lệ trường học áp dụng giải pháp không dùng tiền mặt', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT', components: ratio('N.E06.CASHLESS_SCHOOLS', 'N.E06.SCHOOLS') },
  { code: 'N.E06.VNEID_ISSUED', name: 'Số tài khoản định danh điện tử đã cấp', unit: 'tài khoản', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT' },
  { code: 'N.E06.VNEID_ELIGIBLE', name: 'Số công dân đủ điều kiện cấp tài khoản định danh điện tử', unit: 'công dân', valueType: 'COUNT', direction: NE, area: 'E_GOVERNMENT' },
  { code: 'N.E06.VNEID_ACTIVATED', name: 'Số tài khoản định danh điện tử đã kích hoạt', unit: 'tài khoản', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT' },
  { code: 'N.E06.VNEID_ISSUED_RATE', name: 'Tỷ lệ công dân đủ điều kiện đã được cấp tài khoản định danh điện tử', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT', components: ratio('N.E06.VNEID_ISSUED', 'N.E06.VNEID_ELIGIBLE') },
  { code: 'N.E06.VNEID_ACTIVATION_RATE', name: 'Tỷ lệ tài khoản định danh điện tử đã kích hoạt', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT', components: ratio('N.E06.VNEID_ACTIVATED', 'N.E06.VNEID_ISSUED') },
  { code: 'N.E06.SOCIAL_PROTECTION_ACCOUNTS', name: 'Số tài khoản đã cấp cho đối tượng bảo trợ xã hội', unit: 'tài khoản', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT', parentCode: 'N.E06.SOCIAL_PROTECTION_RATE' },
  { code: 'N.E06.SOCIAL_PROTECTION_BENEFICIARIES', name: 'Số đối tượng bảo trợ xã hội', unit: 'tài khoản', valueType: 'COUNT', direction: NE, area: 'E_GOVERNMENT', parentCode: 'N.E06.SOCIAL_PROTECTION_RATE' },
  { code: 'N.E06.SOCIAL_PROTECTION_RATE', name: 'Tỷ lệ đối tượng bảo trợ xã hội đã được cấp tài khoản', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT', components: ratio('N.E06.SOCIAL_PROTECTION_ACCOUNTS', 'N.E06.SOCIAL_PROTECTION_BENEFICIARIES') },
  { code: 'N.E06.MERIT_ACCOUNTS', name: 'Số tài khoản đã cấp cho người có công', unit: 'tài khoản', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT', parentCode: 'N.E06.MERIT_RATE' },
  { code: 'N.E06.MERIT_BENEFICIARIES', name: 'Số người có công', unit: 'tài khoản', valueType: 'COUNT', direction: NE, area: 'E_GOVERNMENT', parentCode: 'N.E06.MERIT_RATE' },
  { code: 'N.E06.MERIT_RATE', name: 'Tỷ lệ người có công đã được cấp tài khoản', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT', components: ratio('N.E06.MERIT_ACCOUNTS', 'N.E06.MERIT_BENEFICIARIES') },
  { code: 'N.E06.POOR_HOUSEHOLD_ACCOUNTS', name: 'Số tài khoản đã cấp cho hộ nghèo, cận nghèo', unit: 'tài khoản', valueType: 'COUNT', direction: HB, area: 'E_GOVERNMENT', parentCode: 'N.E06.POOR_HOUSEHOLD_RATE' },
  { code: 'N.E06.POOR_HOUSEHOLDS', name: 'Số hộ nghèo, cận nghèo', unit: 'tài khoản', valueType: 'COUNT', direction: NE, area: 'E_GOVERNMENT', parentCode: 'N.E06.POOR_HOUSEHOLD_RATE' },
  { code: 'N.E06.POOR_HOUSEHOLD_RATE', name: 'Tỷ lệ hộ nghèo, cận nghèo đã được cấp tài khoản', unit: '%', valueType: 'PERCENT', direction: HB, area: 'E_GOVERNMENT', components: ratio('N.E06.POOR_HOUSEHOLD_ACCOUNTS', 'N.E06.POOR_HOUSEHOLDS') },
];

const fig = (
  indicatorCode: string,
  period: Period,
  raw: string,
  value: number,
  sectionId: string,
  quote: string,
  extra: Partial<NarrativeFigure> = {},
): NarrativeFigure => ({ indicatorCode, period, raw, value, sectionId, quote, ...extra });

const PAR_2021 = '- Năm 2021 được 80,5 điểm, xếp thứ 5/23 xã, thị trấn;';
const PAR_2022 = '- Năm 2022 được 80,5 điểm, xếp thứ 7/23 xã, thị trấn;';
const PAR_2023 = '- Năm 2023 được 89,75 điểm, xếp thứ 1/23 xã, thị trấn;';
const PAR_2025 = '- Năm 2025 được 87,25 điểm, xếp thứ 6/22 xã, thị trấn.';
const INSPECTIONS =
  'CCHC, tổ chức tự kiểm tra theo kế hoạch được 07 cuộc (03 cuộc đột xuất và 04 cuộc \n\nđịnh kỳ), tiếp đoàn giám sát của HĐND xã được 02 cuộc, tiếp đoàn kiểm tra của huyện \n\n03 cuộc1.';
const FN_2021 = '1 Năm 2021: Tự kiểm tra định kỳ 01 cuộc và tiếp đoàn kiểm tra đột xuất của UBND huyện 01 cuộc.';
const FN_2022 =
  'Năm 2022: Tự kiểm tra đột xuất 01 cuộc; tự kiểm tra định kỳ 01 cuộc; tiếp đoàn kiểm tra của UBND huyện 01 cuộc; \n\nđoàn kiểm tra của Phòng Nội vụ huyện 01 cuộc.';
const FN_2023 =
  'Năm 2023: Tự kiểm tra đột xuất 01 cuộc; tự kiểm tra định kỳ 01 cuộc; tiếp đoàn kiểm tra đột xuất của UBND huyện 01 \n\ncuộc; tiếp đoàn giám sát của HĐND xã 01 cuộc.';
const FN_2024 =
  'Năm 2024: Tự kiểm tra đột xuất 01 cuộc; tự kiểm tra định kỳ 01 cuộc; tiếp đoàn giám sát của HĐND xã 01 cuộc.';
const POSTS =
  'chuyển đổi số đăng tin bài, video, văn bản trên trang thông tin điện tử xã  với 448 \n\ntin, bài; thống kê hàng năm trên 4656 văn bản trao đổi văn bản qua mạng.';
const TASKS =
  'UBND tỉnh, Chủ tịch và các Phó Chủ tịch UBND huyện giao cho xã gồm  50 nhiệm \n\nvụ, trong đó tổng số nhiệm vụ giao thực hiện hoàn thành là 50 nhiệm vụ';
const PBGDPL_1 = 'tổ chức được 28 hội nghị \n\ntrực tiếp, lồng ghép với 2600 lượt người tham dự; tham gia được 03 cuộc thi tìm';
const PBGDPL_2 = 'viết hơn 28 tin, bài trên trang thông tin điện tử;';
const PBGDPL_3 = 'phát hơn 28 tin, bài tuyên truyền trên hệ thống loa, cụm loa truyền thanh ở cơ sở;';
const TTHC_LISTED =
  'hiện niêm yết gồm: 13 lĩnh vực ngành, 123 thủ tục, trong đó 40 thủ tục hành chính \n\ndịch vụ công toàn trình; TTHC giải quyết theo cơ chế một cửa liên thông: 8 thủ tục, \n\ntrên 6 lĩnh vực ngành (Giáo dục và Đào tạo, Tư pháp, Kế hoạch- đầu tư);';
const TTHC_VERTICAL = 'Quân sự): 12 TTHC.';
const TTHC_REVIEW =
  'soát, đánh giá 27 TTHC, sau rà soát đã kiến nghị sửa đổi, cắt giảm giấy tờ, thời \n\ngian đối với 25 TTHC.';
const ROW_1 = '1 Số hồ sơ TTHC tiếp nhận \n\ntại Bộ phận 1 cửa huyện \n6221 3252 3817 2646';
const ROW_2 = '2 Tỷ lệ hồ sơ dịch vụ công \n\ntrực tuyến (%) \n28,05% 45,11% 98,53% 100%';
const ROW_3 = '3 Tỷ lệ thanh toán trực \n\ntuyến (%) \n0 0 89,33% 95,18%';
const ROW_4 = '4 Tỷ lệ số hoá hồ sơ, kết quả \n\ngiải quyết TTHC (%) \n0 99,97% 100% 100%';
const ROW_5 = 'Bộ chỉ số phục vụ người \n\ndân, doanh nghiệp trong \n0 64,08 88,8 93,7';
const STAFF_ROW = '10 09 09 09 09 09 09 09 08 09';
const STAFF_NOW =
  'Hiện nay, tổng số cán bộ, công chức xã là 17/20 người, Trong đó cán bộ có \n\ntrình độ chuyên môn nghiệp vụ từ đại học trở lên chiếm 100%, trình độ trung cấp \n\nchiếm 0%; công chức xã có trình độ chuyên môn từ đại học trở lên chiếm 100%, \n\ntrình độ trung cấp chiếm 0%.';
const CUT_2022_A = 'Thực hiện chính sách tinh giản biên chế: Năm 2022: 01 trường hợp cán bộ';
const CUT_2023_A = '2023: 01 trường hợp cán bộ và năm 2024: 01 trường hợp cán bộ theo Nghị định số';
const CUT_2025_A = 'năm 2025: 01 trường hợp cán bộ nghỉ theo Nghị';
const CUT_2022_B = 'chính sách tinh giản biên chế: Năm 2022: 01 trường hợp cán bộ nghỉ theo Nghị quyết';
const CUT_2023_B = 'năm 2023: 01 trường hợp cán \n\nbộ';
const CUT_2024_B = 'bộ và năm 2024: 01 trường hợp cán bộ theo Nghị định số 29/2023/NĐ-CP của Chính';
const CUT_2025_B = 'phủ; năm 2025: 01 trường hợp cán bộ nghỉ theo Nghị định 177/2024/NĐ-CP của';
const ONE_STOP =
  'quyết 16.839 hồ sơ, trong đó số hồ sơ đã giải quyết là 16.807 hồ sơ, đang giải quyết \n\nlà 32 hồ sơ. Trong đó cung cấp và thực hiện giải quyết qua dịch vụ công trực tuyến \n\nlà 10.522 hồ sơ; Thực hiện tiếp nhận trực tiếp và qua dịch vụ bưu chính là 6.317 hồ';
const RESULTS_2024 =
  'kết quả năm 2024: tỷ lệ số hóa hồ sơ, kết quả giải \n\nquyết TTHC của xã đạt 97,54%, tỷ lệ hồ sơ cấp kết quả điện tử đạt 99,24%; tỷ \n\nlệ khai thác, sử dụng lại thông tin, dữ liệu số hoá 97,19%';
const PAYMENT_2024 =
  'Tỷ lệ TTHC có giao \n\ndịch thanh toán trực tuyến là đạt 81,25%, tỷ lệ hồ sơ thanh toán trực tuyến đạt \n\n95,18%.';
const TASK_6_EVIDENCE =
  'Kết quả năm 2024: tỷ \n\nlệ số hóa hồ sơ, kết \n\nquả giải quyết TTHC \n\ncủa xã đạt 97,54%, tỷ \n\nlệ hồ sơ cấp kết quả \n\nđiện tử đạt 99,24%; tỷ \n\nlệ khai thác, sử dụng \n\nlại thông tin, dữ liệu \n\nsố hoá 97,19%';
const SATISFACTION_2022_2023 = 'năm 2022 \n\nđạt 70%, xếp thứ 19/23 \n\nxã, thị trấn; năm 2023 \n\nđạt 91,43% xếp thứ';
const SATISFACTION_RANK_2023 = '7/23 xã, thị trấn; năm';
const SATISFACTION_2024 = '2024 đạt 91,88% xếp \n\nthứ 1/22 xã, thị trấn.';
const VNEID = '3.734 tài khoản/Tổng số 4293 công dân đủ điều kiện cấp, kích hoạt 3.483/3.734';
const DM = 'DM';
const TASK_ROW = (n: number) => `Nhiệm vụ ${n}`;

export const narrativeFigures: NarrativeFigure[] = [
  // PHẦN I 1 — reform-index score and rank (2024 is not stated)
  fig('N.PAR.SCORE', year(2021), '80,5', 80.5, 'I.1', PAR_2021),
  fig('N.PAR.RANK', year(2021), '5/23', 5, 'I.1', PAR_2021, { rankOf: 23 }),
  fig('N.PAR.SCORE', year(2022), '80,5', 80.5, 'I.1', PAR_2022),
  fig('N.PAR.RANK', year(2022), '7/23', 7, 'I.1', PAR_2022, { rankOf: 23 }),
  fig('N.PAR.SCORE', year(2023), '89,75', 89.75, 'I.1', PAR_2023),
  fig('N.PAR.RANK', year(2023), '1/23', 1, 'I.1', PAR_2023, { rankOf: 23 }),
  fig('N.PAR.SCORE', year(2025), '87,25', 87.25, 'I.1', PAR_2025),
  fig('N.PAR.RANK', year(2025), '6/22', 6, 'I.1', PAR_2025, { rankOf: 22 }),

  // PHẦN I 3 — inspections over the programme, and per year from footnote 1
  fig('N.INSP.SELF', PROGRAMME, '07', 7, 'I.3', INSPECTIONS),
  fig('N.INSP.SELF.AD_HOC', PROGRAMME, '03', 3, 'I.3', INSPECTIONS),
  fig('N.INSP.SELF.PERIODIC', PROGRAMME, '04', 4, 'I.3', INSPECTIONS),
  fig('N.INSP.HDND_SUPERVISION', PROGRAMME, '02', 2, 'I.3', INSPECTIONS),
  fig('N.INSP.DISTRICT', PROGRAMME, '03', 3, 'I.3', INSPECTIONS),
  fig('N.INSP.SELF.PERIODIC', year(2021), '01', 1, 'I.3', FN_2021, { row: 'Chú thích 1, năm 2021' }),
  fig('N.INSP.DISTRICT', year(2021), '01', 1, 'I.3', FN_2021, { row: 'Chú thích 1, năm 2021', note: 'đột xuất' }),
  fig('N.INSP.SELF.AD_HOC', year(2022), '01', 1, 'I.3', FN_2022, { row: 'Chú thích 1, năm 2022' }),
  fig('N.INSP.SELF.PERIODIC', year(2022), '01', 1, 'I.3', FN_2022, { row: 'Chú thích 1, năm 2022' }),
  fig('N.INSP.DISTRICT', year(2022), '01', 1, 'I.3', FN_2022, { row: 'Chú thích 1, năm 2022' }),
  fig('N.INSP.HOME_AFFAIRS', year(2022), '01', 1, 'I.3', FN_2022, { row: 'Chú thích 1, năm 2022' }),
  fig('N.INSP.SELF.AD_HOC', year(2023), '01', 1, 'I.3', FN_2023, { row: 'Chú thích 1, năm 2023' }),
  fig('N.INSP.SELF.PERIODIC', year(2023), '01', 1, 'I.3', FN_2023, { row: 'Chú thích 1, năm 2023' }),
  fig('N.INSP.DISTRICT', year(2023), '01', 1, 'I.3', FN_2023, { row: 'Chú thích 1, năm 2023', note: 'đột xuất' }),
  fig('N.INSP.HDND_SUPERVISION', year(2023), '01', 1, 'I.3', FN_2023, { row: 'Chú thích 1, năm 2023' }),
  fig('N.INSP.SELF.AD_HOC', year(2024), '01', 1, 'I.3', FN_2024, { row: 'Chú thích 1, năm 2024' }),
  fig('N.INSP.SELF.PERIODIC', year(2024), '01', 1, 'I.3', FN_2024, { row: 'Chú thích 1, năm 2024' }),
  fig('N.INSP.HDND_SUPERVISION', year(2024), '01', 1, 'I.3', FN_2024, { row: 'Chú thích 1, năm 2024' }),

  // PHẦN I 4–5 — communication, tasks assigned by the district (restating PHỤ LỤC I 1.3.1, 1.3.2 and 7.5.2)
  fig('N.COMM.DIGITAL_POSTS', MARCH_2025, '448', 448, 'I.4', POSTS),
  fig('7.5.2', PROGRAMME, '4656', 4656, 'I.4', POSTS, { note: 'Đến tháng 3/2025; "thống kê hàng năm trên 4656 văn bản"' }),
  fig('1.3.1', PROGRAMME, '50', 50, 'I.5', TASKS, { note: 'số liệu đến tháng 12/2024' }),
  fig('1.3.2', PROGRAMME, '50', 50, 'I.5', TASKS, { note: 'số liệu đến tháng 12/2024' }),

  // PHẦN II 1.4 — legal education over the programme
  fig('N.PBGDPL.CONFERENCES', PROGRAMME, '28', 28, 'II.1.4', PBGDPL_1),
  fig('N.PBGDPL.ATTENDANCES', PROGRAMME, '2600', 2600, 'II.1.4', PBGDPL_1),
  fig('N.PBGDPL.CONTESTS', PROGRAMME, '03', 3, 'II.1.4', PBGDPL_1),
  fig('N.PBGDPL.WEB_POSTS', PROGRAMME, '28', 28, 'II.1.4', PBGDPL_2, { note: 'hơn 28 (more than 28)' }),
  fig('N.PBGDPL.LOUDSPEAKER_POSTS', PROGRAMME, '28', 28, 'II.1.4', PBGDPL_3, { note: 'hơn 28 (more than 28)' }),

  // PHẦN II 2.1 — procedures listed at the report date (restating 3.1.3, 3.2.1.b, 3.3.1), reviews 2021–2024
  fig('N.TTHC.FIELDS', NOW, '13', 13, 'II.2.1', TTHC_LISTED),
  fig('3.1.3', PROGRAMME, '123', 123, 'II.2.1', TTHC_LISTED, { note: 'Tính đến thời điểm báo cáo; "số TTHC thuộc thẩm quyền UBND huyện"' }),
  fig('3.2.1.b', PROGRAMME, '40', 40, 'II.2.1', TTHC_LISTED, { note: 'Tính đến thời điểm báo cáo' }),
  fig('3.3.1', PROGRAMME, '8', 8, 'II.2.1', TTHC_LISTED, { note: 'Tính đến thời điểm báo cáo' }),
  // "trên 6 lĩnh vực ngành" names three fields in its parenthesis: recorded as written.
  fig('N.TTHC.INTERAGENCY_FIELDS', NOW, '6', 6, 'II.2.1', TTHC_LISTED),
  fig('N.TTHC.VERTICAL', NOW, '12', 12, 'II.2.1', TTHC_VERTICAL),
  fig('N.TTHC.REVIEWED', YEARS_2021_2024, '27', 27, 'II.2.1', TTHC_REVIEW),
  fig('N.TTHC.CUTS_PROPOSED', YEARS_2021_2024, '25', 25, 'II.2.1', TTHC_REVIEW),

  // PHẦN II 2.2 — the table of five indicators × 2021–2024
  ...([
    ['6221', 6221, 2021], ['3252', 3252, 2022], ['3817', 3817, 2023], ['2646', 2646, 2024],
  ] as const).map(([raw, value, y]) =>
    fig('N.TTHC.FILES_RECEIVED', year(y), raw, value, 'II.2.2', ROW_1, { table: TTHC_TABLE, row: `1 / ${y}` })),
  ...([
    ['28,05%', 28.05, 2021], ['45,11%', 45.11, 2022], ['98,53%', 98.53, 2023], ['100%', 100, 2024],
  ] as const).map(([raw, value, y]) =>
    fig('N.TTHC.ONLINE_FILE_RATE', year(y), raw, value, 'II.2.2', ROW_2, { table: TTHC_TABLE, row: `2 / ${y}` })),
  ...([
    ['0', 0, 2021], ['0', 0, 2022], ['89,33%', 89.33, 2023], ['95,18%', 95.18, 2024],
  ] as const).map(([raw, value, y]) =>
    fig('N.TTHC.ONLINE_PAYMENT_RATE', year(y), raw, value, 'II.2.2', ROW_3, { table: TTHC_TABLE, row: `3 / ${y}` })),
  ...([
    ['0', 0, 2021], ['99,97%', 99.97, 2022], ['100%', 100, 2023], ['100%', 100, 2024],
  ] as const).map(([raw, value, y]) =>
    fig('N.TTHC.DIGITISATION_RATE', year(y), raw, value, 'II.2.2', ROW_4, { table: TTHC_TABLE, row: `4 / ${y}` })),
  ...([
    ['0', 0, 2021], ['64,08', 64.08, 2022], ['88,8', 88.8, 2023], ['93,7', 93.7, 2024],
  ] as const).map(([raw, value, y]) =>
    fig('N.TTHC.SERVICE_INDEX', year(y), raw, value, 'II.2.2', ROW_5, { table: TTHC_TABLE, row: `5 / ${y}` })),

  // PHẦN II 3.2 — staffing quota (restating 4.2.1), staffing per year, staff reductions per year
  fig('4.2.1', PROGRAMME, '20', 20, 'II.3.2', 'UBND xã được giao biên chế là 20 cán bộ, công chức xã'),
  ...([
    ['10', 10, '09', 9, 2021], ['09', 9, '09', 9, 2022], ['09', 9, '09', 9, 2023], ['09', 9, '09', 9, 2024],
    ['08', 8, '09', 9, 2025],
  ] as const).flatMap(([canBoRaw, canBo, congChucRaw, congChuc, y]) => [
    fig('N.STAFF.CAN_BO', year(y), canBoRaw, canBo, 'II.3.2', STAFF_ROW, { table: STAFF_TABLE, row: `Năm ${y} / Cán bộ` }),
    fig('N.STAFF.CONG_CHUC', year(y), congChucRaw, congChuc, 'II.3.2', STAFF_ROW, { table: STAFF_TABLE, row: `Năm ${y} / Công chức` }),
  ]),
  fig('N.STAFF.REDUCTIONS', year(2022), '01', 1, 'II.3.2', CUT_2022_A),
  fig('N.STAFF.REDUCTIONS', year(2023), '01', 1, 'II.3.2', CUT_2023_A),
  fig('N.STAFF.REDUCTIONS', year(2024), '01', 1, 'II.3.2', 'năm 2024: 01 trường hợp cán bộ theo Nghị định số'),
  fig('N.STAFF.REDUCTIONS', year(2025), '01', 1, 'II.3.2', CUT_2025_A),

  // PHẦN II 4 — staff now (restating 4.2.1 and 4.2.2), qualifications, reductions again, training
  fig('4.2.2', NOW, '17', 17, 'II.4.1', STAFF_NOW, { note: 'Hiện nay; "17/20 người"' }),
  fig('4.2.1', PROGRAMME, '20', 20, 'II.4.1', STAFF_NOW, { note: 'Hiện nay; "17/20 người"' }),
  fig('N.STAFF.CAN_BO_UNIVERSITY_RATE', NOW, '100%', 100, 'II.4.1', STAFF_NOW),
  fig('N.STAFF.CAN_BO_INTERMEDIATE_RATE', NOW, '0%', 0, 'II.4.1', STAFF_NOW),
  fig('N.STAFF.CONG_CHUC_UNIVERSITY_RATE', NOW, '100%', 100, 'II.4.1', STAFF_NOW),
  fig('N.STAFF.CONG_CHUC_INTERMEDIATE_RATE', NOW, '0%', 0, 'II.4.1', STAFF_NOW),
  fig('N.STAFF.REDUCTIONS', year(2022), '01', 1, 'II.4.2', CUT_2022_B),
  fig('N.STAFF.REDUCTIONS', year(2023), '01', 1, 'II.4.2', CUT_2023_B),
  fig('N.STAFF.REDUCTIONS', year(2024), '01', 1, 'II.4.2', CUT_2024_B),
  fig('N.STAFF.REDUCTIONS', year(2025), '01', 1, 'II.4.2', CUT_2025_B),
  fig('N.TRAINING.ATTENDANCES', PROGRAMME, '413', 413, 'II.4.3',
    'Kết quả, trong giai đoạn 2021 - 2025,  UBND xã đã cử 413 lượt cán bộ,'),

  // PHẦN II 6 — e-government
  fig('N.DIGITAL.SELF_CHECK_FIELDS', PROGRAMME, '02', 2, 'II.6.1',
    'hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý thuộc 02'),
  fig('N.DIGITAL.E_DOCUMENT_RATE', PROGRAMME, '100%', 100, 'II.6.2',
    '- Ứng dụng công nghệ thông tin trong quản lý và điều hành: 100% văn bản'),
  fig('N.DIGITAL.ONE_STOP_SOFTWARE_RATE', PROGRAMME, '100%', 100, 'II.6.2',
    'phần mềm Một cửa điện tử tại Bộ phận Một cửa; bảo đảm 100% các khâu giải quyết'),
  fig('N.E06.CASHLESS_SCHOOLS', NOW, '03', 3, 'II.6.3', '- Một số kết quả: Có 03/03 trường học trên địa bàn triển khai áp dụng'),
  fig('N.E06.SCHOOLS', NOW, '03', 3, 'II.6.3', '- Một số kết quả: Có 03/03 trường học trên địa bàn triển khai áp dụng'),
  fig('N.E06.VNEID_ISSUED', NOW, '3.734', 3734, 'II.6.3', VNEID),
  fig('N.E06.VNEID_ELIGIBLE', NOW, '4293', 4293, 'II.6.3', VNEID),
  fig('N.E06.VNEID_ACTIVATED', NOW, '3.483', 3483, 'II.6.3', VNEID),
  // The same count stated a second time in "kích hoạt 3.483/3.734 tài khoản".
  fig('N.E06.VNEID_ISSUED', NOW, '3.734', 3734, 'II.6.3', 'kích hoạt 3.483/3.734'),
  fig('N.E06.SOCIAL_PROTECTION_ACCOUNTS', NOW, '208', 208, 'II.6.3', '- Bảo trợ xã hội: đã cấp 208/208 tài khoản = 100%'),
  fig('N.E06.SOCIAL_PROTECTION_BENEFICIARIES', NOW, '208', 208, 'II.6.3', '- Bảo trợ xã hội: đã cấp 208/208 tài khoản = 100%'),
  fig('N.E06.SOCIAL_PROTECTION_RATE', NOW, '100%', 100, 'II.6.3', '- Bảo trợ xã hội: đã cấp 208/208 tài khoản = 100%'),
  fig('N.E06.MERIT_ACCOUNTS', NOW, '52', 52, 'II.6.3', '- Người có công: đã cấp 52/52 tài khoản = 100%'),
  fig('N.E06.MERIT_BENEFICIARIES', NOW, '52', 52, 'II.6.3', '- Người có công: đã cấp 52/52 tài khoản = 100%'),
  fig('N.E06.MERIT_RATE', NOW, '100%', 100, 'II.6.3', '- Người có công: đã cấp 52/52 tài khoản = 100%'),
  fig('N.E06.POOR_HOUSEHOLD_ACCOUNTS', NOW, '526', 526, 'II.6.3', '- Hộ nghèo, cận nghèo: đã cấp 526/526 tài khoản = 100%'),
  fig('N.E06.POOR_HOUSEHOLDS', NOW, '526', 526, 'II.6.3', '- Hộ nghèo, cận nghèo: đã cấp 526/526 tài khoản = 100%'),
  fig('N.E06.POOR_HOUSEHOLD_RATE', NOW, '100%', 100, 'II.6.3', '- Hộ nghèo, cận nghèo: đã cấp 526/526 tài khoản = 100%'),

  // PHẦN II 6.4 — the one-stop desk since 15/12/2020 (16.807 restates PHỤ LỤC I 3.4.2.a), results of 2024
  fig('N.ONE_STOP.FILES', ONE_STOP_RANGE, '16.839', 16839, 'II.6.4', ONE_STOP),
  fig('3.4.2.a', PROGRAMME, '16.807', 16807, 'II.6.4', ONE_STOP, { note: 'Từ ngày 15/12/2020- 15/4/2025' }),
  fig('N.ONE_STOP.FILES_IN_PROGRESS', ONE_STOP_RANGE, '32', 32, 'II.6.4', ONE_STOP),
  fig('N.ONE_STOP.FILES_ONLINE', ONE_STOP_RANGE, '10.522', 10522, 'II.6.4', ONE_STOP),
  fig('N.ONE_STOP.FILES_IN_PERSON', ONE_STOP_RANGE, '6.317', 6317, 'II.6.4', ONE_STOP),
  // Same measure and year as row 4 of the 2.2 table, which says 100% for 2024.
  fig('N.TTHC.DIGITISATION_RATE', year(2024), '97,54%', 97.54, 'II.6.4', RESULTS_2024),
  fig('N.TTHC.E_RESULT_RATE', year(2024), '99,24%', 99.24, 'II.6.4', RESULTS_2024),
  fig('N.TTHC.DATA_REUSE_RATE', year(2024), '97,19%', 97.19, 'II.6.4', RESULTS_2024),
  fig('N.TTHC.ONLINE_PAYMENT_PROCEDURE_RATE', year(2024), '81,25%', 81.25, 'II.6.4', PAYMENT_2024),
  fig('N.TTHC.ONLINE_PAYMENT_RATE', year(2024), '95,18%', 95.18, 'II.6.4', PAYMENT_2024),

  // DANH MỤC — figures in the evidence column
  fig('N.INSP.SELF_PER_YEAR', PROGRAMME, '02', 2, DM, 'năm 02 cuộc tự kiểm', { table: 'DANH MỤC', row: TASK_ROW(2) }),
  fig('N.TTHC.DIGITISATION_RATE', year(2024), '97,54%', 97.54, DM, TASK_6_EVIDENCE, { table: 'DANH MỤC', row: TASK_ROW(6) }),
  fig('N.TTHC.E_RESULT_RATE', year(2024), '99,24%', 99.24, DM, TASK_6_EVIDENCE, { table: 'DANH MỤC', row: TASK_ROW(6) }),
  fig('N.TTHC.DATA_REUSE_RATE', year(2024), '97,19%', 97.19, DM, TASK_6_EVIDENCE, { table: 'DANH MỤC', row: TASK_ROW(6) }),
  fig('N.SIPAS.SATISFACTION', year(2022), '70%', 70, DM, SATISFACTION_2022_2023, { table: 'DANH MỤC', row: TASK_ROW(7) }),
  fig('N.SIPAS.RANK', year(2022), '19/23', 19, DM, SATISFACTION_2022_2023, { table: 'DANH MỤC', row: TASK_ROW(7), rankOf: 23 }),
  fig('N.SIPAS.SATISFACTION', year(2023), '91,43%', 91.43, DM, SATISFACTION_2022_2023, { table: 'DANH MỤC', row: TASK_ROW(7) }),
  fig('N.SIPAS.RANK', year(2023), '7/23', 7, DM, SATISFACTION_RANK_2023, { table: 'DANH MỤC', row: TASK_ROW(7), rankOf: 23 }),
  fig('N.SIPAS.SATISFACTION', year(2024), '91,88%', 91.88, DM, SATISFACTION_2024, { table: 'DANH MỤC', row: TASK_ROW(7) }),
  fig('N.SIPAS.RANK', year(2024), '1/22', 1, DM, SATISFACTION_2024, { table: 'DANH MỤC', row: TASK_ROW(7), rankOf: 22 }),
  fig('N.TRAINING.ATTENDANCES', PROGRAMME, '413', 413, DM, 'UBND xã đã cử 413', { table: 'DANH MỤC', row: TASK_ROW(8) }),
];
