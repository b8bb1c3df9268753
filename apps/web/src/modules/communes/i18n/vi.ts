// Vietnamese texts of the commune selector (merged into the app's dictionary under "communes").
export const communesVi = {
  label: 'Xã đang xem',
  filter: 'Lọc danh sách xã',
  filterPlaceholder: 'Gõ tên xã',
  none: 'Không có xã nào khớp.',
};
