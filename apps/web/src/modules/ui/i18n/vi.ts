// Vietnamese texts of how a change is read: its arrow, a rank's move in places, a sparkline's years (merged under "reading").
export const readingVi = {
  movement: { UP: 'tăng', DOWN: 'giảm', SAME: 'không đổi' },
  placesUp_other: 'lên {{count}} bậc',
  placesDown_other: 'xuống {{count}} bậc',
  placesSame: 'giữ nguyên hạng',
  code: 'Mã chỉ tiêu: {{code}}',
  sparklineYears: '{{from}}–{{to}}',
};
