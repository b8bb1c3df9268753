// Vietnamese texts of the reported and computed ranks (merged into the app's dictionary under "ranks").
export const ranksVi = {
  title: 'Thứ hạng: theo báo cáo và do hệ thống tính',
  intro:
    'Thứ hạng do báo cáo ghi, bên cạnh thứ hạng hệ thống tính từ số liệu đang có của xã và các xã cùng huyện. Chỉ so sánh khi có đủ số liệu của mọi đơn vị được xếp hạng; khi khác nhau sẽ có cảnh báo trong phần kiểm tra số liệu.',
  indicator: 'Thứ hạng',
  year: 'Năm',
  reported: 'Báo cáo ghi',
  computed: 'Hệ thống tính',
  of: { PAR: 'Chỉ số CCHC', SIPAS: 'Chỉ số hài lòng' },
  onlyOwn: '{{rank}}/{{of}} — chỉ có số liệu của xã này, chưa so sánh được',
  incomplete: '{{rank}}/{{of}} — mới có số liệu của {{of}}/{{ranked}} đơn vị, chưa so sánh được',
  noOwnFigure: 'Chưa có số liệu của xã năm này',
  differs: 'khác báo cáo',
  agrees: 'khớp báo cáo',
};
