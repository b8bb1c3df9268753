import { defineRule } from './rule.js';

export const indicatorGraph = defineRule({
  code: 'INDICATOR_GRAPH',
  severity: 'ERROR',
  description: {
    vi: 'Danh mục chỉ tiêu có mã trùng, tham chiếu tới mã không tồn tại hoặc vòng lặp; các quy tắc theo công thức bị bỏ qua.',
    en: 'The indicator definitions have duplicate codes, references to missing codes or a cycle; formula rules are skipped.',
  },
  check(input, emit) {
    const error = input.graphError;
    if (!error) return;
    emit({
      indicatorCodes: error.codes,
      orgUnitCode: input.report.orgUnitCode,
      period: null,
      values: [],
      message: () => ({
        vi: `Danh mục chỉ tiêu không hợp lệ: ${error.message}`,
        en: `The indicator definitions are invalid: ${error.message}`,
      }),
    });
  },
});
