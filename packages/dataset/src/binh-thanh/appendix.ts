// PHỤ LỤC I of the Bình Thành report: every row of the province's indicator template, in the printed order, with the
// value as written. Rows are kept compact here and expanded into indicators and observations by `appendix-build.ts`.
import type { ComponentRole, Direction, LegendEntry, Period, ValueType } from '@cchc/domain';

export interface AppendixRow {
  /** "1.2.1"; a "Trong đó" row is its parent's code plus a letter ("1.1.a"). */
  code: string;
  /** As printed: "1.2.1.", "6.2", "" for a "Trong đó" row. */
  codeAsWritten: string;
  name: string;
  unit: string | null;
  valueType: ValueType;
  direction: Direction;
  /** For a "Trong đó" row: how it feeds the row above. */
  role?: ComponentRole;
  legend?: LegendEntry[];
  /** The Số liệu cell as written; "" when blank; null for a heading row that has no figure of its own. */
  raw: string | null;
  /** The figure as read by hand from `raw` (null when blank); loading checks it against the domain's parser. */
  value?: number | null;
  /** The Ghi chú cell. */
  note?: string;
  /** Verbatim excerpt that holds the figure (or, for a blank or heading row, the row's name as printed). */
  quote: string;
  /** Defaults to the whole programme 2021–2025; stocks "tại thời điểm báo cáo" are AS_OF the appendix date. */
  period?: Period;
}

const HB: Direction = 'HIGHER_BETTER';
const LB: Direction = 'LOWER_BETTER';
const NE: Direction = 'NEUTRAL';

/** The appendix is dated "/4 /2025": stocks counted "tại thời điểm báo cáo" hold as of April 2025. */
export const APPENDIX_AS_OF: Period = { kind: 'AS_OF', date: '2025-04' };

const heading = (code: string, codeAsWritten: string, name: string, quote: string): AppendixRow => ({
  code,
  codeAsWritten,
  name,
  unit: null,
  valueType: 'NUMBER',
  direction: NE,
  raw: null,
  quote,
});

const row = (
  code: string,
  codeAsWritten: string,
  name: string,
  unit: string | null,
  valueType: ValueType,
  direction: Direction,
  raw: string,
  value: number | null,
  quote: string,
  extra: Partial<AppendixRow> = {},
): AppendixRow => ({ code, codeAsWritten, name, unit, valueType, direction, raw, value, quote, ...extra });

const part = (
  code: string,
  role: ComponentRole,
  name: string,
  unit: string | null,
  valueType: ValueType,
  direction: Direction,
  raw: string,
  value: number | null,
  quote: string,
  extra: Partial<AppendixRow> = {},
): AppendixRow => ({ code, codeAsWritten: '', name, unit, valueType, direction, role, raw, value, quote, ...extra });

const DONE_2: LegendEntry[] = [
  { value: 0, label: 'Chưa' },
  { value: 1, label: 'Đang làm' },
  { value: 2, label: 'Hoàn thành' },
];

export const appendixRows: AppendixRow[] = [
  // 1. Công tác chỉ đạo, điều hành CCHC
  heading('1', '1.', 'Công tác chỉ đạo, điều hành CCHC', '1.  Công tác chỉ đạo, điều hành CCHC'),
  row('1.1', '1.1.', 'Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2021 - 2025', '%', 'PERCENT', HB, '100', 100,
    '1.1.  Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2021 - 2025 % 100'),
  part('1.1.a', 'DENOMINATOR', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', 'COUNT', NE, '50', 50,
    'Số nhiệm vụ đề ra trong kế hoạch  Nhiệm vụ 50'),
  part('1.1.b', 'NUMERATOR', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', 'COUNT', HB, '50', 50,
    'Số nhiệm vụ đã hoàn thành Nhiệm vụ 50'),
  heading('1.2', '1.2.', 'Kiểm tra CCHC', '1.2.  Kiểm tra CCHC'),
  row('1.2.1', '1.2.1.',
    'Tỷ lệ phòng chuyên môn, đơn vị thuộc, trực thuộc UBND cấp huyện đã kiểm tra (tính lũy kế từ đầu năm)',
    '%', 'PERCENT', HB, '100', 100, '% \n\n100 3 cuộc', { note: '3 cuộc' }),
  row('1.2.2', '1.2.2.', 'Tỷ lệ UBND cấp xã đã kiểm tra (tính lũy kế từ đầu năm)', '%', 'PERCENT', HB, '100', 100,
    '1.2.2.  Tỷ lệ UBND cấp xã đã kiểm tra (tính lũy kế từ đầu năm)  % 100 9 cuộc', { note: '9 cuộc' }),
  row('1.2.3', '1.2.3.', 'Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra (tính lũy kế từ đầu năm)', '%', 'PERCENT', HB,
    '100', 100, '1.2.3. Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra (tính lũy kế từ đầu năm)  % 100'),
  part('1.2.3.a', 'DENOMINATOR', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề', 'COUNT', NE, '12', 12,
    'Số vấn đề phát hiện qua kiểm tra  Vấn đề 12'),
  part('1.2.3.b', 'NUMERATOR', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề', 'COUNT', HB, '12', 12,
    'Số vấn đề phát hiện đã xử lý xong Vấn đề 12'),
  heading('1.3', '1.3.', 'Thực hiện nhiệm vụ Chủ tịch UBND huyện, UBND huyện giao',
    '1.3.  Thực hiện nhiệm vụ Chủ tịch UBND huyện, UBND huyện giao'),
  row('1.3.1', '1.3.1.', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', 'COUNT', NE, '50', 50,
    '1.3.1.  Tổng số nhiệm vụ được giao  Nhiệm vụ 50'),
  row('1.3.2', '1.3.2.', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', 'COUNT', HB, '50', 50,
    '1.3.2. Số nhiệm vụ đã hoàn thành đúng hạn  Nhiệm vụ 50'),
  row('1.3.3', '1.3.3.', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', 'COUNT', LB, '0', 0,
    '1.3.3. Số nhiệm vụ đã hoàn thành nhưng quá hạn  Nhiệm vụ 0'),
  heading('1.4', '1.4.', 'Khảo sát sự hài lòng của người dân, tổ chức',
    '1.4.  Khảo sát sự hài lòng của người dân, tổ chức'),
  row('1.4.1', '1.4.1.', 'Số lượng phiếu khảo sát', 'Số lượng', 'COUNT', NE, '480', 480,
    '1.4.1.  Số lượng phiếu khảo sát  Số lượng 480'),
  row('1.4.2', '1.4.2.', 'Hình thức khảo sát', null, 'ENUMERATION', NE, '2', 2, 'Kết hợp = 2 \n\n2', {
    legend: [
      { value: 0, label: 'Trực tuyến' },
      { value: 1, label: 'Phát phiếu' },
      { value: 2, label: 'Kết hợp' },
    ],
  }),
  // The cell says 6 under a Không = 0 / Có = 1 legend; kept as written for validation to judge.
  row('1.5', '1.5.', 'Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp', null, 'ENUMERATION', HB,
    '6', 6, 'Có = 1 \n\n6', {
      legend: [
        { value: 0, label: 'Không' },
        { value: 1, label: 'Có' },
      ],
    }),

  // 2. Cải cách thể chế
  heading('2', '2.', 'Cải cách thể chế', '2.  Cải cách thể chế'),
  row('2.1', '2.1.', 'Số VBQPPL do HĐND, UBND xã đã ban hành', 'Văn bản', 'COUNT', NE, '0', 0,
    '2.1. Số VBQPPL do HĐND, UBND xã đã ban hành  Văn bản 0'),
  row('2.2', '2.2.', 'Số VBQPPL đã kiểm tra theo thẩm quyền của Chủ tịch UBND xã', '-', 'COUNT', NE, '0', 0,
    '2.2.  Số VBQPPL đã kiểm tra theo thẩm quyền của Chủ tịch UBND xã - 0'),
  row('2.3', '2.3.', 'Số VBQPPL đã rà soát', 'Văn bản', 'COUNT', NE, '0', 0, '2.3. Số VBQPPL đã rà soát  Văn bản 0'),
  row('2.4', '2.4.', 'Tỷ lệ xử lý văn bản sau kiểm tra, rà soát', '%', 'PERCENT', HB, '0', 0,
    '2.4. Tỷ lệ xử lý văn bản sau kiểm tra, rà soát  % 0'),
  part('2.4.a', 'DENOMINATOR', 'Tổng số VBQPPL cần phải xử lý sau kiểm tra, rà soát', 'Văn bản', 'COUNT', NE, '0', 0,
    'Tổng số VBQPPL cần phải xử lý sau kiểm tra, rà soát  Văn bản 0'),
  part('2.4.b', 'NUMERATOR', 'Số VBQPPL đã được xử lý xong', 'Văn bản', 'COUNT', HB, '0', 0,
    'Số VBQPPL đã được xử lý xong Văn bản 0'),

  // 3. Cải cách thủ tục hành chính
  heading('3', '3.', 'Cải cách thủ tục hành chính', '3.  Cải cách thủ tục hành chính'),
  row('3.1', '3.1.', 'Thống kê TTHC', null, 'COUNT', NE, '123', 123, '3.1. Thống kê TTHC  123'),
  row('3.1.1', '3.1.1.', 'Số TTHC công bố mới thuộc thẩm quyền', 'Thủ tục', 'COUNT', NE, '', null,
    '3.1.1. Số TTHC công bố mới thuộc thẩm quyền Thủ tục'),
  row('3.1.2', '3.1.2.', 'Số TTHC bãi bỏ, thay thế', 'Thủ tục', 'COUNT', NE, '', null,
    '3.1.2.  Số TTHC bãi bỏ, thay thế  Thủ tục'),
  row('3.1.3', '3.1.3.', 'Tổng số TTHC đang có hiệu lực', 'Thủ tục', 'COUNT', NE, '123', 123,
    '3.1.3. Tổng số TTHC đang có hiệu lực  Thủ tục 123'),
  part('3.1.3.a', 'PART', 'Số TTHC cấp huyện', 'Thủ tục', 'COUNT', NE, '', null, 'Số TTHC cấp huyện  Thủ tục'),
  part('3.1.3.b', 'PART', 'Số TTHC cấp xã', 'Thủ tục', 'COUNT', NE, '123', 123, 'Số TTHC cấp xã  Thủ tục 123'),
  heading('3.2', '3.2.', 'Vận hành Cổng dịch vụ công (DVC)', '3.2.  Vận hành Cổng dịch vụ công (DVC)'),
  row('3.2.1', '3.2.1.', 'Tỷ lệ DVC trực tuyến toàn trình đủ điều kiện', '%', 'PERCENT', HB, '100', 100,
    '3.2.1.  Tỷ lệ DVC trực tuyến toàn trình đủ điều kiện  % 100'),
  part('3.2.1.a', 'DENOMINATOR', 'Tổng số DVC đủ điều kiện lên trực tuyến toàn trình', 'DVC', 'COUNT', NE, '0', 0,
    'Tổng số DVC đủ điều kiện lên trực tuyến toàn trình DVC 0'),
  part('3.2.1.b', 'NUMERATOR', 'Số lượng DVC trực tuyến toàn trình', 'DVC', 'COUNT', HB, '40', 40,
    'Số lượng DVC trực tuyến toàn trình DVC 40'),
  row('3.2.2', '3.2.2.', 'Tỷ lệ DVC có phát sinh hồ sơ nộp trực tuyến (Toàn trình + Một phần)', '%', 'PERCENT', HB,
    '100', 100, '3.2.2.  Tỷ lệ DVC có phát sinh hồ sơ nộp trực tuyến (Toàn trình + Một phần) % 100'),
  part('3.2.2.a', 'DENOMINATOR',
    'Tổng số DVC trực tuyến có phát sinh hồ sơ (gồm các DVC trực tuyến có phát sinh hồ sơ trực tuyến hoặc trực tiếp hoặc cả 2 hình thức)',
    'DVC', 'COUNT', NE, '18', 18, 'có phát sinh hồ sơ trực tuyến hoặc trực tiếp hoặc cả 2 hình thức) \nDVC 18'),
  part('3.2.2.b', 'NUMERATOR', 'Số DVC trực tuyến có phát sinh hồ sơ trực tuyến', 'DVC', 'COUNT', HB, '18', 18,
    'Số DVC trực tuyến có phát sinh hồ sơ trực tuyến DVC 18'),
  row('3.2.3', '3.2.3.', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'PERCENT', HB, '100', 100,
    'Tỷ lệ hồ sơ trực tuyến toàn trình % 100'),
  part('3.2.3.a', 'DENOMINATOR',
    'Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến + trực tiếp', 'Hồ sơ', 'COUNT', NE, '', null,
    'Tổng số hồ sơ của DVCTT toàn trình (gồm hồ sơ nộp trực tuyến + trực tiếp Hồ sơ'),
  part('3.2.3.b', 'NUMERATOR', 'Số hồ sơ nộp trực tuyến của các DVCTT toàn trình', 'Hồ sơ', 'COUNT', HB, '', null,
    'Số hồ sơ nộp trực tuyến của các DVCTT toàn trình Hồ sơ'),
  row('3.2.4', '3.2.4.', 'Tỷ lệ hồ sơ trực tuyến một phần', '%', 'PERCENT', HB, '100', 100,
    '3.2.4. Tỷ lệ hồ sơ trực tuyến một phần % 100'),
  part('3.2.4.a', 'DENOMINATOR', 'Tổng số hồ sơ của DVCTT một phần (gồm hồ sơ trực tuyến + trực tiếp)', 'Hồ sơ',
    'COUNT', NE, '', null, 'Tổng số hồ sơ của DVCTT một phần (gồm hồ sơ trực tuyến + trực tiếp)  Hồ sơ'),
  part('3.2.4.b', 'NUMERATOR', 'Số hồ sơ nộp trực tuyến của các DVCTT một phần', 'Hồ sơ', 'COUNT', HB, '', null,
    'Số hồ sơ nộp trực tuyến của các DVCTT một phần  Hồ sơ'),
  row('3.2.5', '3.2.5.', 'Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến', '%', 'PERCENT', HB, '100', 100,
    '3.2.5. Tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến  % 100'),
  part('3.2.5.a', 'DENOMINATOR', 'Tổng số TTHC có yêu cầu nghĩa vụ tài chính', 'Thủ tục', 'COUNT', NE, '', null,
    'Tổng số TTHC có yêu cầu nghĩa vụ tài chính  Thủ tục'),
  part('3.2.5.b', 'NUMERATOR',
    'Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC Quốc gia hoặc trên Công DVC của tỉnh',
    'Thủ tục', 'COUNT', HB, '', null, 'Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng DVC'),
  heading('3.3', '3.3.', 'Thực hiện cơ chế một cửa, một cửa liên thông',
    '3.3. Thực hiện cơ chế một cửa, một cửa liên thông'),
  row('3.3.1', '3.3.1.', 'Số TTHC liên thông cùng cấp', 'Thủ tục', 'COUNT', HB, '8', 8,
    '3.3.1. Số TTHC liên thông cùng cấp  Thủ tục 8'),
  row('3.3.2', '3.3.2.', 'Số TTHC liên thông giữa các cấp chính quyền', 'Thủ tục', 'COUNT', HB, '', null,
    '3.3.2. Số TTHC liên thông giữa các cấp chính quyền  Thủ tục'),
  row('3.3.3', '3.3.3.',
    'Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ theo hướng không phụ thuộc vào địa giới hành chính.',
    'Thủ tục', 'COUNT', HB, '', null, 'Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ theo hướng không phụ'),
  row('3.3.4', '3.3.4.', 'Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ', '%', 'PERCENT', HB, '100', 100,
    '3.3.4. Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ  % 100'),
  row('3.3.5', '3.3.5.', 'Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa', '%', 'PERCENT', HB, '100', 100,
    '3.3.5. Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa  % 100'),
  heading('3.4', '3.4.', 'Kết quả giải quyết TTHC', '3.4. Kết quả giải quyết TTHC'),
  row('3.4.1', '3.4.1.', 'Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn', '%', 'PERCENT', HB,
    '', null, '3.4.1. Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn  %'),
  part('3.4.1.a', 'DENOMINATOR', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', 'COUNT', NE, '', null,
    'Tổng số hồ sơ TTHC đã giải quyết xong  Hồ sơ'),
  part('3.4.1.b', 'NUMERATOR', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', 'COUNT', HB, '', null,
    'Số hồ sơ TTHC giải quyết đúng hạn  Hồ sơ'),
  row('3.4.2', '3.4.2.', 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', '%', 'PERCENT', HB,
    '100', 100, '3.4.2. Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn  % 100'),
  part('3.4.2.a', 'DENOMINATOR', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', 'COUNT', NE, '16.807', 16807,
    'Tổng số hồ sơ TTHC đã giải quyết xong  Hồ sơ 16.807'),
  part('3.4.2.b', 'NUMERATOR', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', 'COUNT', HB, '16.807', 16807,
    'Số hồ sơ TTHC giải quyết đúng hạn Hồ sơ 16.807'),

  // 4. Cải cách tổ chức bộ máy hành chính nhà nước
  heading('4', '4.', 'Cải cách tổ chức bộ máy hành chính nhà nước', '4.  Cải cách tổ chức bộ máy hành chính nhà nước'),
  heading('4.1', '4.1.', 'Sắp xếp, kiện toàn tổ chức bộ máy', '4.1. Sắp xếp, kiện toàn tổ chức bộ máy'),
  row('4.1.1', '4.1.1.',
    'Tỷ lệ UBND cấp huyện đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định của Chính phủ',
    '%', 'PERCENT', HB, '', null, 'Tỷ lệ UBND cấp huyện đã hoàn thành việc sắp xếp các phòng chuyên môn'),
  // The template numbers 4.1.1 then 4.1.5: kept as printed.
  row('4.1.5', '4.1.5.', 'Tỷ lệ đơn vị sự nghiệp thuộc UBND cấp huyện đã cắt giảm so với năm 2015', '%', 'PERCENT', HB,
    '', null, 'Tỷ lệ đơn vị sự nghiệp thuộc UBND cấp huyện đã cắt giảm so với năm'),
  // A cut rate is (base − now) ÷ base, not one row over the other, so these two are PARTs rather than a quotient.
  part('4.1.5.a', 'PART', 'Tổng số đơn vị sự nghiệp thuộc UBND cấp huyện', 'Đơn vị', 'COUNT', NE, '', null,
    'Tổng số đơn vị sự nghiệp thuộc UBND cấp huyện  Đơn vị'),
  part('4.1.5.b', 'PART', 'Số đơn vị sự nghiệp tại thời điểm báo cáo', 'Đơn vị', 'COUNT', LB, '', null,
    'Số đơn vị sự nghiệp tại thời điểm báo cáo  Đơn vị', { period: APPENDIX_AS_OF }),
  heading('4.2', '4.2.', 'Số liệu về biên chế công chức', '4.2. Số liệu về biên chế công chức'),
  row('4.2.1', '4.2.1.', 'Tổng số biên chế được giao trong năm', 'Người', 'COUNT', NE, '20', 20,
    '4.2.1. Tổng số biên chế được giao trong năm  Người 20'),
  row('4.2.2', '4.2.2.', 'Tổng số biên chế có mặt tại thời điểm báo cáo', 'Người', 'COUNT', LB, '17', 17,
    '4.2.2. Tổng số biên chế có mặt tại thời điểm báo cáo  Người 17', { period: APPENDIX_AS_OF }),
  row('4.2.3', '4.2.3.', 'Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước', 'Người', 'COUNT', LB, '0', 0,
    '4.2.3.  Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước  Người 0'),
  row('4.2.4', '4.2.4.', 'Số biên chế đã tinh giản trong kỳ báo cáo', 'Người', 'COUNT', HB, '', null,
    '4.2.4. Số biên chế đã tinh giản trong kỳ báo cáo  Người'),
  row('4.2.5', '4.2.5.', 'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015', '%', 'PERCENT', HB, '', null,
    '4.2.5. Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015  %'),
  heading('4.3', '4.3.', 'Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập',
    '4.3. Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập'),
  row('4.3.1', '4.3.1.', 'Tổng số người làm việc được giao', 'Người', 'COUNT', NE, '', null,
    '4.3.1. Tổng số người làm việc được giao  Người'),
  row('4.3.2', '4.3.2.', 'Tổng số người làm việc có mặt', 'Người', 'COUNT', LB, '', null,
    '4.3.2. Tổng số người làm việc có mặt  Người'),
  row('4.3.3', '4.3.3.', 'Số người đã tinh giản trong kỳ báo cáo', 'Người', 'COUNT', HB, '', null,
    '4.3.3.  Số người đã tinh giản trong kỳ báo cáo  Người'),
  row('4.3.4', '4.3.4.', 'Tỷ lệ % đã tinh giản so với năm 2015', '%', 'PERCENT', HB, '', null,
    '4.3.4. Tỷ lệ % đã tinh giản so với năm 2015  %'),

  // 5. Cải cách chế độ công vụ
  heading('5', '5.', 'Cải cách chế độ công vụ', '5.  Cải cách chế độ công vụ'),
  heading('5.1', '5.1.', 'Vị trí việc làm của công chức, viên chức', '5.1. Vị trí việc làm của công chức, viên chức'),
  row('5.1.1', '5.1.1.', 'Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy định',
    'Cơ quan, đơn vị', 'COUNT', HB, '', null, 'Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm theo quy'),
  row('5.1.2', '5.1.2.', 'Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm theo quy định', 'Cơ quan, đơn vị',
    'COUNT', HB, '', null, '5.1.2.  Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm theo quy định'),
  heading('5.2', '5.2.', 'Tuyển dụng công chức, viên chức', '5.2. Tuyển dụng công chức, viên chức'),
  row('5.2.1', '5.2.1.', 'Số công chức được tuyển dụng (thi tuyển, xét tuyển)', 'Người', 'COUNT', NE, '', null,
    '5.2.1.  Số công chức được tuyển dụng (thi tuyển, xét tuyển)  Người'),
  row('5.2.2', '5.2.2.', 'Số công chức được tuyển dụng theo trường hợp đặc biệt', 'Người', 'COUNT', NE, '', null,
    '5.2.2.  Số công chức được tuyển dụng theo trường hợp đặc biệt  Người'),
  row('5.2.3', '5.2.3.', 'Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên', 'Người',
    'COUNT', NE, '', null, 'Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện'),
  row('5.2.4', '5.2.4.', 'Số viên chức được tuyển dụng (thi tuyển, xét tuyển)', 'Người', 'COUNT', NE, '', null,
    '5.2.4.  Số viên chức được tuyển dụng (thi tuyển, xét tuyển)  Người'),
  row('5.2.5', '5.2.5.', 'Số viên chức được tuyển dụng theo trường hợp đặc biệt', 'Người', 'COUNT', NE, '', null,
    '5.2.5. Số viên chức được tuyển dụng theo trường hợp đặc biệt  Người'),
  row('5.3', '5.3.',
    'Số lượng lãnh đạo quản lý cấp phòng thuộc UBND cấp huyện được tuyển chọn, bổ nhiệm thông qua thi tuyển.',
    'Người', 'COUNT', HB, '', null, 'Số lượng lãnh đạo quản lý cấp phòng thuộc UBND cấp huyện được tuyển'),
  row('5.4', '5.4.', 'Số lượng cán bộ, công chức, viên chức bị kỷ luật (cả về Đảng và chính quyền).', 'Người',
    'COUNT', LB, '0', 0, 'quyền).  \nNgười 0'),
  part('5.4.a', 'PART', 'Số lãnh đạo UBND cấp xã bị kỷ luật.', 'Người', 'COUNT', LB, '0', 0,
    'Số lãnh đạo UBND cấp xã bị kỷ luật.  Người 0'),
  part('5.4.b', 'PART', 'Số lãnh đạo cấp phòng thuộc UBND cấp xã bị kỷ luật.', 'Người', 'COUNT', LB, '0', 0,
    'Số lãnh đạo cấp phòng thuộc UBND cấp xã bị kỷ luật.  Người 0'),
  part('5.4.c', 'PART', 'Số người làm việc hưởng lương từ NSNN tại các ĐVSN bị kỷ luật.', 'Người', 'COUNT', LB, '0', 0,
    'Số người làm việc hưởng lương từ NSNN tại các ĐVSN bị kỷ luật.  Người 0'),

  // 6. Cải cách tài chính công
  heading('6', '6.', 'Cải cách tài chính công', '6.  Cải cách tài chính công'),
  row('6.1', '6.1.', 'Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công', '%', 'PERCENT', HB, '98,37', 98.37,
    '6.1. Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công % 98,37'),
  part('6.1.a', 'DENOMINATOR', 'Kế hoạch được giao', 'Triệu đồng', 'MONEY', NE, '17759,720212', 17759.720212,
    'Kế hoạch được giao  Triệu đồng 17759,720212'),
  part('6.1.b', 'NUMERATOR', 'Đã thực hiện', 'Triệu đồng', 'MONEY', HB, '17470,907102', 17470.907102,
    'Đã thực hiện  Triệu đồng 17470,907102'),
  heading('6.2', '6.2', 'Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) (lũy kế đến thời điểm báo cáo)',
    '6.2 Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) (lũy kế đến thời'),
  row('6.2.1', '6.2.1', 'Tổng số ĐVSN công lập tại địa phương', 'Đơn vị', 'COUNT', NE, '4', 4,
    '6.2.1 Tổng số ĐVSN công lập tại địa phương Đơn vị 4', { period: APPENDIX_AS_OF }),
  row('6.2.2', '6.2.2', 'Số ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư', 'Đơn vị', 'COUNT', HB, '0', 0,
    '6.2.2 Số ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư  Đơn vị 0', { period: APPENDIX_AS_OF }),
  row('6.2.3', '6.2.3', 'Số ĐVSN tự bảo đảm chi thường xuyên', 'Đơn vị', 'COUNT', HB, '0', 0,
    '6.2.3 Số ĐVSN tự bảo đảm chi thường xuyên Đơn vị 0', { period: APPENDIX_AS_OF }),
  row('6.2.4', '6.2.4', 'Số ĐVSN tự bảo đảm một phần chi thường xuyên', 'Đơn vị', 'COUNT', HB, '0', 0,
    '6.2.4 Số ĐVSN tự bảo đảm một phần chi thường xuyên Đơn vị 0', { period: APPENDIX_AS_OF }),
  part('6.2.4.a', 'PART', 'Số ĐVSN tự bảo đảm từ 70% - dưới 100% chi thường xuyên', 'Đơn vị', 'COUNT', HB, '0', 0,
    'Số ĐVSN tự bảo đảm từ 70% - dưới 100% chi thường xuyên Đơn vị 0', { period: APPENDIX_AS_OF }),
  part('6.2.4.b', 'PART', 'Số ĐVSN tự bảo đảm từ 30% - dưới 70% chi thường xuyên', 'Đơn vị', 'COUNT', HB, '0', 0,
    'Số ĐVSN tự bảo đảm từ 30% - dưới 70% chi thường xuyên Đơn vị 0', { period: APPENDIX_AS_OF }),
  part('6.2.4.c', 'PART', 'Số ĐVSN tự bảo đảm từ 10% - dưới 30% chi thường xuyên', 'Đơn vị', 'COUNT', HB, '0', 0,
    'Số ĐVSN tự bảo đảm từ 10% - dưới 30% chi thường xuyên Đơn vị 0', { period: APPENDIX_AS_OF }),
  row('6.2.5', '6.2.5', 'Số ĐVSN do Nhà nước bảo đảm chi thường xuyên', 'Đơn vị', 'COUNT', NE, '4', 4,
    '6.2.5 Số ĐVSN do Nhà nước bảo đảm chi thường xuyên Đơn vị 4', { period: APPENDIX_AS_OF }),
  row('6.2.6', '6.2.6', 'Số lượng ĐVSN đã chuyển đổi thành công ty cổ phần (lũy kế đến thời điểm báo cáo)', 'Đơn vị',
    'COUNT', HB, '0', 0, 'báo cáo) \n\nĐơn vị \n0', { period: APPENDIX_AS_OF }),

  // 7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số
  heading('7', '7.', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    '7.  Xây dựng và phát triển Chính phủ điện tử, Chính phủ số'),
  row('7.1', '7.1.', 'Cập nhật Kiến trúc chính quyền điện tử phiên bản 2.0', null, 'ENUMERATION', HB, '1', 1,
    'Hoàn thành = 1 \n1', {
      legend: [
        { value: 0, label: 'Chưa' },
        { value: 1, label: 'Hoàn thành' },
      ],
    }),
  row('7.2', '7.2.', 'Xây dựng và vận hành Hệ thống họp trực tuyến', null, 'ENUMERATION', HB, '2', 2, '3 cấp = 2 \n\n2', {
    // The template explains the levels: "Liên thông 2 cấp: Từ UBND tỉnh đến 100% UBND các huyện",
    // "Liên thông 3 cấp: Từ UBND tỉnh đến 100% UBND cấp huyện, cấp xã".
    legend: [
      { value: 0, label: 'Chưa có' },
      { value: 1, label: '2 cấp' },
      { value: 2, label: '3 cấp' },
    ],
  }),
  row('7.3', '7.3.', 'Hệ thống thông tin báo cáo và kết nối với Hệ thống thông tin báo cáo của tỉnh', null,
    'ENUMERATION', HB, '2', 2, 'Hoàn thành = 2 \n\n2', { legend: DONE_2 }),
  row('7.4', '7.4.', 'Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)', null, 'ENUMERATION', HB, '2', 2,
    'Hoàn thành = 2 \n\n2', { legend: DONE_2 }),
  heading('7.5', '7.5.', 'Số liệu về trao đổi văn bản điện tử', '7.5. Số liệu về trao đổi văn bản điện tử'),
  row('7.5.1', '7.5.1.',
    'Tỷ lệ thực hiện kết nối, liên thông các Hệ thống quản lý văn bản điều hành từ cấp huyện đến cấp xã', '%',
    'PERCENT', HB, '100', 100, 'từ cấp huyện đến cấp xã \n% 100'),
  // A "Tỷ lệ" (rate) whose unit cell says "Văn bản" and whose figure is a count: recorded as written.
  row('7.5.2', '7.5.2.', 'Tỷ lệ văn bản trao đổi giữa các cơ quan, đơn vị trên địa bàn dưới dạng điện tử', 'Văn bản',
    'COUNT', HB, '4656', 4656, 'Văn bản 4656'),
  part('7.5.2.a', 'PART',
    'Tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số và gửi trên môi trường điện tử)',
    '%', 'PERCENT', HB, '100', 100, 'chứng thư số và gửi trên môi trường điện tử) \n% 100'),
  part('7.5.2.b', 'PART', 'Tỷ lệ văn bản được gửi dưới dạng điện tử và song song với văn bản giấy', '%', 'PERCENT', LB,
    '10', 10, 'Tỷ lệ văn bản được gửi dưới dạng điện tử và song song với văn bản giấy  % 10'),
  heading('7.6', '7.6.', 'Vận hành Hệ thống thông tin giải quyết TTHC của tỉnh',
    '7.6. Vận hành Hệ thống thông tin giải quyết TTHC của tỉnh'),
  row('7.6.1', '7.6.1.', 'Tỷ lệ đơn vị cấp huyện đã kết nối liên thông với Hệ thống', '%', 'PERCENT', HB, '', null,
    '7.6.1. Tỷ lệ đơn vị cấp huyện đã kết nối liên thông với Hệ thống  %'),
  row('7.6.2', '7.6.2.', 'Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống', '%', 'PERCENT', HB, '100', 100,
    '7.6.2. Tỷ lệ đơn vị cấp xã đã kết nối liên thông với Hệ thống  % 100'),
];
