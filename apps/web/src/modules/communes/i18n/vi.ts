// Vietnamese texts of the commune selector (merged into the app's dictionary under "communes").
export const communesVi = {
  label: 'Xã đang xem',
  placeholder: 'Gõ tên xã, có dấu hoặc không dấu',
  none: 'Không có xã nào khớp.',
  more: 'Chỉ hiện {{count}} xã đầu tiên; gõ thêm tên để thu hẹp.',
  found: '{{count}} xã khớp',
};
