// The DANH MỤC: the thirteen programme tasks with the department that did them, completion and evidence.
// Every task is marked "x" under Hoàn thành. The e-government group is printed "V" after "VI": kept as printed.
import type { ProgrammeTask } from '@cchc/domain';

const GROUPS = {
  I: 'Công tác lãnh đạo, chỉ đạo, kiểm tra, sơ kết, tổng kết',
  II: 'Cải cách thể chế',
  III: 'Cải cách thủ tục hành chính',
  IV: 'Cải cách tổ chức, bộ máy',
  V: 'Cải cách chế độ công vụ',
  VI: 'Cải cách tài chính công',
  'V (chính quyền điện tử)': 'Xây dựng, phát triển chính quyền điện tử',
} as const;

const VP = 'Văn phòng - thống kê xã';
const CHUYEN_MON = 'Các bộ phận chuyên môn thuộc UBND xã';

const task = (
  number: number,
  groupKey: keyof typeof GROUPS,
  title: string,
  department: string,
  evidence: string,
  quote: string,
): ProgrammeTask => ({
  number,
  // The second "V" group keeps its printed numeral; the key only tells the two apart here.
  group: groupKey.startsWith('V (') ? 'V' : groupKey,
  groupTitle: GROUPS[groupKey],
  title,
  department,
  completed: true,
  evidence,
  source: { sectionId: 'DM', table: 'DANH MỤC', row: String(number), quote },
});

export const programmeTasks: ProgrammeTask[] = [
  task(1, 'I',
    'Nghị quyết của Ban Thường vụ Đảng ủy về tập trung lãnh đạo, đẩy mạnh công tác cải cách hành chính trên địa bàn xã Bình Thành giai đoạn 2021 - 2025',
    VP,
    'Kế hoạch số 14-KH/ĐU ngày 30/8/2021 của Đảng ủy xã Bình Thành về tập trung lãnh đạo, đẩy mạnh công tác cải cách hành chính trên địa bàn xã Bình Thành giai đoạn 2021-2025, hàng năm Đảng ủy xã đều ban hành kế hoạch lãnh đọ thực hiện CCHC',
    'Nghị quyết của Ban Thường vụ Đảng ủy về tập trung'),
  task(2, 'I', 'Tự Kiểm tra công tác CCHC', VP,
    'Xây dựng kế hoạch tự kiểm tra hàng năm và tổ chức thực hiện một năm 02 cuộc tự kiểm tra',
    '2 Tự Kiểm tra công tác CCHC'),
  task(3, 'I', 'Kế hoạch tuyên truyền cải cách hành chính giai đoạn 2021 - 2025', 'Văn hóa - xã hội xã',
    'Xây dựng Kế hoạch tuyên truyền CCHC giai đoàn và hàng năm',
    'Kế hoạch tuyên truyền cải cách hành chính giai đoạn'),
  task(4, 'II',
    'Nhiệm vụ nâng cao năng lực xây dựng chính sách, hoàn thiện hệ thống văn bản quy phạm pháp luật tỉnh Thái Nguyên giai đoạn 2023-2025 theo kế hoạch của huyện',
    'Tư pháp - hộ tịch xã', 'Báo cáo kiểm tra, rà soát VBQPPL của xã hàng năm',
    'Nhiệm vụ nâng cao năng lực xây dựng chính sách, hoàn'),
  task(5, 'III',
    'Thực hiện thí điểm thực hiện tiếp nhận, giải quyết thủ tục hành chính không theo địa giới hành chính theo kế hoạch của tỉnh, huyện',
    CHUYEN_MON, 'Báo các CCHC hàng năm', 'Thực hiện thí điểm thực hiện tiếp nhận, giải quyết thủ'),
  task(6, 'III',
    'Thực hiện số hóa kết quả giải quyết thủ tục hành chính theo quy định tại Điều 25 Nghị định số 45/2020/NĐ-CP của Chính phủ theo kế hoạch của tỉnh',
    CHUYEN_MON,
    'Kết quả năm 2024: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của xã đạt 97,54%, tỷ lệ hồ sơ cấp kết quả điện tử đạt 99,24%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá 97,19% triển khai thanh toán trực tuyến',
    'Thực hiện số hóa kết quả giải quyết thủ tục hành chính'),
  task(7, 'IV',
    'Phối hợp thực hiện tốt các nội dung của kế hoạch đo lường mức độ hài lòng của người dân đối với dịch vụ công giai đoạn 2021-2025 của huyện',
    VP,
    'Báo cáo CCHC hàng năm, Chỉ số hài lòng đối với sự phục vụ của cơ quan hành chính xã Bình Thành: năm 2022 đạt 70%, xếp thứ 19/23 xã, thị trấn; năm 2023 đạt 91,43% xếp thứ 7/23 xã, thị trấn; năm 2024 đạt 91,88% xếp thứ 1/22 xã, thị trấn.',
    'Phối hợp thực hiện tốt các nội dung của kế hoạch đo'),
  task(8, 'V', 'Tham gia đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ', VP,
    'Kết quả, trong giai đoạn 2021 - 2025, UBND xã đã cử 413 lượt cán bộ, công chức xã tham gia các lớp đào tạo bồi dưỡng do UBND huyện, UBND tỉnh tổ chức.',
    'Tham gia đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ'),
  task(9, 'V',
    'Triển khai bộ quy tắc giao tiếp, ứng xử của đội ngũ cán bộ, công chức, viên chức trong thực thi công vụ trên địa bàn xã Bình Thành theo quy định của huyện',
    VP,
    'Công văn số 10/UBND-VP ngày 22/02/2021 của UBND xã về việc chấn chỉnh kỷ luật, kỷ cương trong cơ quan hành chính nhà nước; Công văn số 83/UBND-VP ngày 01/3/2024 của UBND xã về việc để nghị đẩy mạnh thực hiện văn hóa công vụ và kỷ luật, kỷ cương hành chính; Kế hoạch số 60/KH-UBND ngày 19/03/2024 của UBND xã về triển khai thực hiện Đề án Văn hóa công vụ tại cơ quan xã Bình Thành giai đoạn 2024-2025.',
    'Triển khai bộ quy tắc giao tiếp, ứng xử của đội ngũ cán'),
  task(10, 'V', 'Hoàn thành nhập dữ liệu hệ thống phần mềm quản lý cán bộ, công chức, viên chức', VP,
    'Báo cáo CCHC hàng năm', 'Hoàn thành nhập dữ liệu hệ thống phần mềm quản lý'),
  task(11, 'VI',
    'Xây dựng Kế hoạch đầu tư công trung hạn trong khả năng cân đối ngân sách huyện phân cấp và ngân sách xã',
    'Tài chính - kế toán xã', '', 'Xây dựng Kế hoạch đầu tư công trung hạn trong khả'),
  task(12, 'V (chính quyền điện tử)',
    'Xây dựng, duy trì, phát triển các hệ thống công nghệ thông tin dùng chung phục vụ chỉ đạo, điều hành của hệ thống chính trị xã Bình Thành, hướng tới xây dựng chính quyền số, đầu tư hệ thống chế độ hội họp trực tuyến, xử lý văn bản điện tử, 100% hồ sơ được tiếp nhận thông qua dịch vụ công trực tuyến mức độ 3,4.',
    VP, 'Báo cáo CCHC; Báo cáo chuyển đổi số giai đoạn 2021-2025',
    'Xây dựng, duy trì, phát triển các hệ thống công nghệ'),
  task(13, 'V (chính quyền điện tử)',
    'Kế hoạch của UBND xã thực hiện Nghị quyết số 01/NQ-TU của Ban chấp hành Đảng bộ tỉnh về chuyển đổi số trên địa bàn tỉnh Thái Nguyên',
    'Văn hóa -xã hội xã',
    'Chương trình hành động số 06-CTr/ĐU ngày 05/8/2021 của Đảng bộ xã Bình Thành về việc thực hiện Nghị quyết số 01-NQ/TU ngày 31/12/2020 của Ban Chấp hành Đảng bộ tỉnh về Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021-2025, định hướng đến năm 2030. Kế hoạch số 70/KH-UBND, ngày 7/9/2021 của UBND xã về thực hiện Chương trình chuyển đổi số xã Bình Thành gi.ai đoạn 2021 - 2025, định hướng đến năm 2030',
    'Kế hoạch của UBND xã thực hiện Nghị quyết số'),
];
