// A small hand-made piece of the PHỤ LỤC I template, so these tests do not depend on the dataset.
import type { IndicatorDef, Observation } from '@cchc/domain';
import { indicator } from '@cchc/domain/testing';
import { stringify } from 'csv-stringify/sync';

type Partial_ = Pick<IndicatorDef, 'code' | 'name'> & Partial<IndicatorDef>;

let order = 0;
function def(fields: Partial_): IndicatorDef {
  order += 1;
  return indicator(fields.code, { codeAsWritten: fields.isComponentRow ? '' : `${fields.code}.`, area: 'DIRECTION', order: order * 10, ...fields });
}

export const template: IndicatorDef[] = [
  def({ code: '1', name: 'Công tác chỉ đạo, điều hành CCHC' }),
  def({
    code: '1.1',
    name: 'Tỷ lệ hoàn thành Chương trình CCHC giai đoạn 2021 - 2025',
    unit: '%',
    valueType: 'PERCENT',
    parentCode: '1',
    components: [
      { role: 'DENOMINATOR', code: '1.1.a' },
      { role: 'NUMERATOR', code: '1.1.b' },
    ],
  }),
  def({ code: '1.1.a', name: 'Số nhiệm vụ đề ra trong kế hoạch', unit: 'Nhiệm vụ', valueType: 'COUNT', parentCode: '1.1', isComponentRow: true }),
  def({ code: '1.1.b', name: 'Số nhiệm vụ đã hoàn thành', unit: 'Nhiệm vụ', valueType: 'COUNT', parentCode: '1.1', isComponentRow: true }),
  def({ code: '1.2', name: 'Kiểm tra CCHC', parentCode: '1' }),
  def({
    code: '1.2.1',
    name: 'Tỷ lệ phòng chuyên môn, đơn vị thuộc, trực thuộc UBND cấp huyện đã kiểm tra (tính lũy kế từ đầu năm)',
    unit: '%',
    valueType: 'PERCENT',
    parentCode: '1.2',
  }),
  def({
    code: '3.4.2',
    name: 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn',
    unit: '%',
    valueType: 'PERCENT',
    area: 'PROCEDURES',
    components: [
      { role: 'DENOMINATOR', code: '3.4.2.a' },
      { role: 'NUMERATOR', code: '3.4.2.b' },
    ],
  }),
  def({ code: '3.4.2.a', name: 'Tổng số hồ sơ TTHC đã giải quyết xong', unit: 'Hồ sơ', valueType: 'COUNT', area: 'PROCEDURES', parentCode: '3.4.2', isComponentRow: true }),
  def({ code: '3.4.2.b', name: 'Số hồ sơ TTHC giải quyết đúng hạn', unit: 'Hồ sơ', valueType: 'COUNT', area: 'PROCEDURES', parentCode: '3.4.2', isComponentRow: true }),
  def({ code: '4.2.4', name: 'Số biên chế đã tinh giản trong kỳ báo cáo', unit: 'Người', valueType: 'COUNT', area: 'ORGANISATION', direction: 'LOWER_BETTER' }),
  def({
    code: '6.1',
    name: 'Tỷ lệ thực hiện kế hoạch giải ngân vốn đầu tư công',
    unit: '%',
    valueType: 'PERCENT',
    area: 'PUBLIC_FINANCE',
    components: [
      { role: 'DENOMINATOR', code: '6.1.a' },
      { role: 'NUMERATOR', code: '6.1.b' },
    ],
  }),
  def({ code: '6.1.a', name: 'Kế hoạch được giao', unit: 'Triệu đồng', valueType: 'MONEY', area: 'PUBLIC_FINANCE', parentCode: '6.1', isComponentRow: true }),
  def({ code: '6.1.b', name: 'Đã thực hiện', unit: 'Triệu đồng', valueType: 'MONEY', area: 'PUBLIC_FINANCE', parentCode: '6.1', isComponentRow: true }),
  def({
    code: '7.3',
    name: 'Hệ thống thông tin báo cáo và kết nối với Hệ thống thông tin báo cáo của tỉnh',
    valueType: 'ENUMERATION',
    area: 'E_GOVERNMENT',
    legend: [
      { value: 0, label: 'Chưa' },
      { value: 1, label: 'Đang làm' },
      { value: 2, label: 'Hoàn thành' },
    ],
  }),
  // A narrative indicator is not a row of the appendix and must not be exported.
  def({ code: 'N.PAR_INDEX.SCORE', codeAsWritten: '', name: 'Chỉ số CCHC', valueType: 'SCORE', origin: 'NARRATIVE' }),
];

function obs(indicatorCode: string, raw: string, value: number | null, note: string | null = null): Observation {
  return {
    indicatorCode,
    orgUnitCode: 'XA_BINH_THANH',
    period: { kind: 'SPAN', fromYear: 2021, toYear: 2025 },
    value,
    raw,
    note,
    source: { sectionId: 'PL1', quote: raw },
  };
}

export const observations: Observation[] = [
  obs('1.1', '100', 100),
  obs('1.1.a', '50', 50),
  obs('1.1.b', '50', 50),
  obs('1.2.1', '100', 100, '3 cuộc'),
  obs('3.4.2', '100', 100, 'Ghi chú có dấu phẩy, và "ngoặc kép"\nvà xuống dòng'),
  obs('3.4.2.a', '16.807', 16807),
  obs('3.4.2.b', '16.807', 16807),
  obs('4.2.4', '', null),
  obs('6.1', '98,37', 98.37),
  obs('6.1.a', '17759,720212', 17759.720212),
  obs('6.1.b', '17470,907102', 17470.907102),
  obs('7.3', '2', 2),
  obs('N.PAR_INDEX.SCORE', '80,5', 80.5),
];

export const input = { indicators: template, observations };

/** A CSV file as the province's users save it from a spreadsheet. */
export function csvBytes(table: string[][], options: { bom?: boolean; crlf?: boolean } = {}): Uint8Array {
  const text = stringify(table, { bom: options.bom ?? true, record_delimiter: options.crlf === false ? 'unix' : 'windows' });
  return new TextEncoder().encode(text);
}
