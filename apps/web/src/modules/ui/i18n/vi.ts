// Vietnamese words of the page frame and shared layout (merged into the app's dictionary under "layout").
export const layoutVi = {
  scrollHint: 'Bảng rộng hơn màn hình: vuốt hoặc cuộn ngang để xem hết →',
  scrollLabel: '{{label}} (cuộn ngang để xem hết)',
  table: 'Bảng số liệu',
  navMore: 'Còn mục khác, vuốt ngang',
  menu: 'Menu',
  about: 'Giới thiệu',
};
