// Vietnamese texts of how a change is read: its arrow, a rank's move in places, a sparkline's years (merged under "reading").
export const readingVi = {
  movement: { UP: 'tăng', DOWN: 'giảm', SAME: 'không đổi' },
  placesUp_other: 'lên {{count}} bậc',
  placesDown_other: 'xuống {{count}} bậc',
  placesSame: 'giữ nguyên hạng',
  code: 'Mã chỉ tiêu: {{code}}',
  sparklineYears: '{{from}}–{{to}}',
// Vietnamese words of the page frame and shared layout (merged into the app's dictionary under "layout").
export const layoutVi = {
  scrollHint: 'Bảng rộng hơn màn hình: vuốt hoặc cuộn ngang để xem hết →',
  scrollLabel: '{{label}} (cuộn ngang để xem hết)',
  table: 'Bảng số liệu',
  navMore: 'Còn mục khác, vuốt ngang',
  menu: 'Menu',
  about: 'Giới thiệu',
};
