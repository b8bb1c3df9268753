// Vietnamese texts of planning: the conflict panel, the "changed elsewhere" notice, the plan's submission (merged into
// the app's dictionary under "planning").
export const planningVi = {
  someoneElse: 'Người khác',
  savedByAt: '{{who}} đã lưu mục tiêu này lúc {{when}} (phiên bản {{version}}) trong khi bạn đang sửa.',
  savedBy: '{{who}} đã lưu mục tiêu này (phiên bản {{version}}) trong khi bạn đang sửa.',
  mergeHint:
    'Ô chỉ một bên sửa được giữ tự động. Ô cả hai cùng sửa khác nhau: chọn giữ của bạn hay lấy của họ. Khi lưu, bản hợp nhất được ghi lên phiên bản họ vừa lưu.',
  nothingDiffers: 'Hai bản không khác nhau ở ô nào.',
  started: 'Lúc bạn bắt đầu sửa',
  result: 'Kết quả',
  blank: '(trống)',
  chooseFor: 'Chọn giá trị cho {{field}}',
  chooseMine: 'Giữ của tôi',
  chooseTheirs: 'Lấy của họ',
  chooseRemaining_other: 'Còn {{count}} ô cả hai cùng sửa: hãy chọn cho từng ô.',
  outcome: {
    MINE: 'Giữ thay đổi của bạn',
    THEIRS: 'Lấy thay đổi của họ',
    SAME: 'Hai bên sửa giống nhau',
    UNCHANGED: 'Không đổi',
    CONFLICT: 'Cả hai cùng sửa',
  },
  saveMerged: 'Lưu bản hợp nhất',
  changedElsewhereAt: '{{who}} vừa lưu mục tiêu này lúc {{when}} (phiên bản {{version}}).',
  changedElsewhere: '{{who}} vừa lưu mục tiêu này (phiên bản {{version}}).',
  loadTheirs: 'Tải phiên bản của họ (bỏ phần bạn đang sửa)',
  keepEditing: 'Tiếp tục sửa (khi lưu sẽ hợp nhất từng ô)',
  planTitle: 'Kế hoạch mục tiêu {{programme}}: gửi và phê duyệt',
  planExplain: {
    DRAFT: 'Kế hoạch đang là bản nháp: có thể thêm, sửa, xoá mục tiêu rồi gửi cả kế hoạch đi thẩm định.',
    SUBMITTED: 'Kế hoạch đã gửi, đang chờ thẩm định: các mục tiêu không sửa được cho đến khi bị trả lại.',
    APPROVED: 'Kế hoạch đã được phê duyệt: các mục tiêu bị khoá; chỉ đơn vị thẩm định mới mở khoá được.',
    RETURNED: 'Kế hoạch bị trả lại kèm ý kiến: sửa các mục tiêu rồi gửi lại.',
  },
  locked: {
    SUBMITTED: 'Kế hoạch đã gửi thẩm định: các mục tiêu bị khoá cho đến khi bị trả lại.',
    APPROVED: 'Kế hoạch đã được phê duyệt: các mục tiêu bị khoá cho đến khi đơn vị thẩm định mở khoá.',
  },
};
