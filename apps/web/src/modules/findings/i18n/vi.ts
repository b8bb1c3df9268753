// Vietnamese texts of a finding's places and explanations (merged into the app's dictionary under "findingDetail").
export const findingDetailVi = {
  openSection: 'Mở mục {{section}} của báo cáo',
  explanationTitle: 'Giải trình của xã',
  by: '{{who}}, {{when}}',
  reviewedBy: 'Đơn vị thẩm định: {{who}}, {{when}}',
  noExplanation: 'Chưa có giải trình.',
};
