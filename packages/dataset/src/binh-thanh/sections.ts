// The section tree of the Bình Thành report with each section's own narrative (PDF lines joined into paragraphs;
// page numbers, link annotations and the interleaved footnote dropped from the body they interrupt). Tables are
// rendered as Markdown tables (a two-level header as two header lines, a group cell spanning its columns with "||" as
// in MultiMarkdown: section 3.2's years over "Cán bộ | Công chức"); their figures are observations. Footnote 1 is
// kept as its own paragraph of I.3.
import type { Section } from '@cchc/domain';

type SectionText = Omit<Section, 'order' | 'indicatorCodes'>;

export const sectionTexts: SectionText[] = [
  {
    "id": "I",
    "parentId": null,
    "number": "PHẦN I",
    "title": "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH, TRIỂN KHAI THỰC HIỆN",
    "body": ""
  },
  {
    "id": "I.1",
    "parentId": "I",
    "number": "1.",
    "title": "Xây dựng triển khai thực hiện kế hoạch cải cách hành chính",
    "body": "Căn cứ các văn bản chỉ đạo của UBND tỉnh, UBND huyện, UBND xã Bình Thành ban bành Kế hoạch số 85/KH-UBND, ngày 29/10/2021 của UBND xã Bình Thành về việc ban hành Kế hoạch Cải cách hành chính nhà nước xã Bình Thành giai đoạn 2021-2025, hàng năm UBND xã Bình Thành đã ban hành Kế hoạch và các văn bản chỉ đạo, điều hành cụ thể triển khai thực hiện các nhiệm vụ cải cách hành chính. Qua đánh giá xã Bình Thành đã triển khai và hoàn thành các nhiệm vụ đúng tiến độ theo kế hoạch đề ra. Thứ tự xếp hạng Chỉ số CCHC trong giai đoạn đều được xếp hạng tốt, cụ thể:\n\n- Năm 2021 được 80,5 điểm, xếp thứ 5/23 xã, thị trấn;\n\n- Năm 2022 được 80,5 điểm, xếp thứ 7/23 xã, thị trấn;\n\n- Năm 2023 được 89,75 điểm, xếp thứ 1/23 xã, thị trấn;\n\n- Năm 2025 được 87,25 điểm, xếp thứ 6/22 xã, thị trấn."
  },
  {
    "id": "I.2",
    "parentId": "I",
    "number": "2.",
    "title": "Về tổ chức chỉ đạo, điều hành cải cách hành chính",
    "body": "Thực hiện chỉ đạo của UBND tỉnh, UBND huyện về công tác cải cách hành chính, UBND xã tập trung lãnh đạo, chỉ đạo, thực hiện các nội dung đã đề ra tại Kế hoạch cải cách hành chính hàng năm của xã đảm bảo hiệu quả, đúng tiến độ, gắn với thực hiện Kế hoạch số 14-KH/ĐU ngày 30/8/2021 của Đảng ủy xã Bình Thành về tập trung lãnh đạo, đẩy mạnh công tác cải cách hành chính trên địa bàn xã Bình Thành giai đoạn 2021-2025; các Nghị quyết của BCH Đảng bộ xã khóa XXV về lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh; xây dựng Đảng, xây dựng hệ thống chính trị; các Nghị quyết chuyên đề về công tác Cải cách hành chính hàng năm.\n\nĐể duy trì và cải thiện nâng cao chỉ số CCHC, Chỉ số hài lòng của tổ chức, cá nhân đối với sự phục vụ của các cơ quan hành chính, UBND xã lồng ghép triển khai nhiệm vụ công tác cải cách hành chính qua các hội nghị giao ban hàng tháng với các cán bộ, công chức và người hoạt động không chuyên trách xã. UBND xã tổ chức hội nghị triển khai nhiệm vụ đầu năm và công khai báo cáo đánh giá kết quả Chỉ số CCHC, Chỉ số mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của UBND xã.\n\nNhằm nâng cao kết quả thực hiện công tác CCHC giai đoạn 2021 - 2025, UBND xã đã tuyên truyền, quán triệt, phổ biến Chỉ thị số 13-CT/HU ngày 16/11/2022 của Huyện ủy Định Hóa và tham mưu trình Đảng ủy xã ban hành Nghi quyết số 65-NQ/ĐU ngày 05/01/2023 về lãnh đạo nâng cao chỉ số cải cách hành chính (PAR INDEX), chỉ số hiệu quả quản trị và hành chính công (PAPI), chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của xã Bình Thành và tuyên truyền, quán triệt, phổ biến Chỉ thị số 13-CT/HU ngày 16/11/2022 của Huyện ủy Định Hóa."
  },
  {
    "id": "I.3",
    "parentId": "I",
    "number": "3.",
    "title": "Công tác kiểm tra cải cách hành chính",
    "body": "Thường xuyên kiểm tra, đôn đốc việc thực hiện nhiệm vụ cải cách hành chính đối với các bộ phận, công chức chuyên môn thuộc UBND xã.\n\nHàng năm UBND xã đã xây dựng kế hoạch tự kiểm tra công vụ, kiểm tra CCHC, tổ chức tự kiểm tra theo kế hoạch được 07 cuộc (03 cuộc đột xuất và 04 cuộc định kỳ), tiếp đoàn giám sát của HĐND xã được 02 cuộc, tiếp đoàn kiểm tra của huyện 03 cuộc1. Sau kiểm tra, UBND xã, TT HĐND xã, UBND huyện có báo cáo, thông báo kết quả kiểm tra, UBND xã đã yêu cầu các bộ phận, công chức chuyên môn thuộc UBND xã khắc phục những tồn tại, hạn chế, báo cáo kết quả khắc phục về UBND xã, UBND huyện theo quy định.\n\n1 Năm 2021: Tự kiểm tra định kỳ 01 cuộc và tiếp đoàn kiểm tra đột xuất của UBND huyện 01 cuộc.\nNăm 2022: Tự kiểm tra đột xuất 01 cuộc; tự kiểm tra định kỳ 01 cuộc; tiếp đoàn kiểm tra của UBND huyện 01 cuộc; đoàn kiểm tra của Phòng Nội vụ huyện 01 cuộc.\nNăm 2023: Tự kiểm tra đột xuất 01 cuộc; tự kiểm tra định kỳ 01 cuộc; tiếp đoàn kiểm tra đột xuất của UBND huyện 01 cuộc; tiếp đoàn giám sát của HĐND xã 01 cuộc.\nNăm 2024: Tự kiểm tra đột xuất 01 cuộc; tự kiểm tra định kỳ 01 cuộc; tiếp đoàn giám sát của HĐND xã 01 cuộc."
  },
  {
    "id": "I.4",
    "parentId": "I",
    "number": "4.",
    "title": "Công tác tuyên truyền cải cách hành chính",
    "body": "Tiếp tục đẩy mạnh công tác tuyên truyền sâu rộng, bằng nhiều hình thức đến cán bộ, công chức, viên chức, người lao động và nhân dân về chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, các văn bản chỉ đạo của Tỉnh ủy, UBND tỉnh, của Huyện ủy, UBND huyện, của Đảng ủy, UBND xã về công tác CCHC. Hàng năm UBND xã ban hành Kế hoạch tuyên truyền CCHC xã Bình Thành, giao cho các các bộ phận, công chức chuyên môn thuộc UBND xã có trách nhiệm phối hợp với các tổ chức, đơn vị có liên quan trên địa bàn xã để triển khai thực hiện công tác tuyên truyền về CCHC. Tiếp tục thực hiện tốt việc quản lý, vận hành Trang thông tin điện tử xã; Thông báo kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trên cổng DVCQG.\n\nĐến tháng 3/2025, UBND xã đã thực hiện tốt việc quản lý, vận hành trang thông tin điện tử xã. Tạo chuyên mục tuyên truyền riêng về chuyển đổi số đăng tin bài, video, văn bản trên trang thông tin điện tử xã với 448 tin, bài; thống kê hàng năm trên 4656 văn bản trao đổi văn bản qua mạng."
  },
  {
    "id": "I.5",
    "parentId": "I",
    "number": "5.",
    "title": "Việc thực hiện các nhiệm vụ được UBND, Chủ tịch UBND huyện giao",
    "body": "Trong giai đoạn 2021 - 2025 (số liệu đến tháng 12/2024) số nhiệm vụ do UBND tỉnh, Chủ tịch và các Phó Chủ tịch UBND huyện giao cho xã gồm 50 nhiệm vụ, trong đó tổng số nhiệm vụ giao thực hiện hoàn thành là 50 nhiệm vụ, không có nhiệm vụ không hoàn thành, hoàn thành quá hạn."
  },
  {
    "id": "I.6",
    "parentId": "I",
    "number": "6.",
    "title": "Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, cung cấp dịch vụ công trên cổng DVCQG.",
    "body": "Thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử. UBND xã đã có văn bản công khai kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trên môi trường điện tử xã Bình Thành theo từng tháng, kịp thời chỉ đạo các công chức chuyên môn thuộc UBND xã có nội dung giảm điểm có khắc phục hạn chế để nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trên môi trường điện tử trên địa bàn xã Bình Thành."
  },
  {
    "id": "II",
    "parentId": null,
    "number": "PHẦN II",
    "title": "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC GIAI ĐOẠN 2022 - 2025",
    "body": "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"
  },
  {
    "id": "II.1",
    "parentId": "II",
    "number": "1.",
    "title": "Cải cách thể chế",
    "body": ""
  },
  {
    "id": "II.1.1",
    "parentId": "II.1",
    "number": "1.1.",
    "title": "Công tác xây dựng văn bản quy phạm pháp luật (QPPL)",
    "body": "Công tác xây dựng, ban hành văn bản QPPL tiếp tục được UBND xã quan tâm thực hiện để đảm bảo chất lượng, kịp thời, tuân thủ đúng trình tự, thủ tục xây dựng; UBND xã tiếp tục tham mưu hoàn thiện hệ thống văn bản QPPL điều chỉnh trên các lĩnh vực, đáp ứng yêu cầu quản lý, thúc đẩy phát triển kinh tế - xã hội. Giai đoạn 2021-2025 HĐND xã, UBND xã không có văn bản QPPL được ban hành."
  },
  {
    "id": "II.1.2",
    "parentId": "II.1",
    "number": "1.2.",
    "title": "Kiểm tra, rà soát và shệ thống hóa văn bản QPPL",
    "body": "Thực hiện tốt các Kế hoạch kiểm tra, xử lý, rà soát, hệ thống hóa văn bản QPPL hàng năm. Thường xuyên thực hiện rà soát văn bản khi có yêu cầu của cấp trên và thực hiện rà soát văn bản do HĐND, UBND cấp xã ban hành trong năm, có báo cáo tự kiểm tra, kiểm tra, rà soát văn bản hàng năm đúng yêu cầu."
  },
  {
    "id": "II.1.3",
    "parentId": "II.1",
    "number": "1.3.",
    "title": "Công tác theo dõi thi hành pháp luật",
    "body": "UBND xã ban hành đầy đủ, kịp thời các Kế hoạch về công tác theo dõi tình hình thi hành pháp luật năm; Kế hoạch về theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành trên địa bàn xã Bình Thành. Thực hiện các hoạt động theo dõi tình hình thi hành pháp luật theo đúng quy định."
  },
  {
    "id": "II.1.4",
    "parentId": "II.1",
    "number": "1.4.",
    "title": "Thực hiện tuyên truyền, phổ biến giáo dục pháp luật",
    "body": "UBND xã ban hành đầy đủ, kịp thời các Kế hoạch về công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng xã đạt chuẩn tiếp cận pháp luật hàng năm.\n\nKết quả phổ biến giáo dục pháp luật giai đoạn 2021-2025: tổ chức được 28 hội nghị trực tiếp, lồng ghép với 2600 lượt người tham dự; tham gia được 03 cuộc thi tìm hiểu pháp luật do cập trên tổ chức; viết hơn 28 tin, bài trên trang thông tin điện tử; phát hơn 28 tin, bài tuyên truyền trên hệ thống loa, cụm loa truyền thanh ở cơ sở; tổ chức các hoạt động phổ biến giáo dục pháp luật trong trường học. UBND xã tiếp tục triển khai thực hiện Đề án “Nâng cao năng lực cho đội ngũ báo cáo viên pháp luật, tuyên truyền viên pháp luật thực hiện phổ biến, giáo dục pháp luật tại vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2024 - 2030”; ban hành Kế hoạch triển khai thực hiện Đề án \"Nâng cao năng lực đội ngũ hoà giải viên ở cơ sở giai đoạn 2024 - 2030 trên địa bàn xã Bình Thành\"."
  },
  {
    "id": "II.2",
    "parentId": "II",
    "number": "2.",
    "title": "Cải cách thủ tục hành chính (TTHC)",
    "body": ""
  },
  {
    "id": "II.2.1",
    "parentId": "II.2",
    "number": "2.1.",
    "title": "Kết quả kiểm soát TTHC; rà soát, cắt giảm, đơn giản hóa TTHC",
    "body": "- Công tác cải cách TTHC tiếp tục được UBND xã quan tâm, qua đó kịp thời chấn chỉnh, tăng cường trách nhiệm và nâng cao hiệu quả giải quyết TTHC, kịp thời tháo gỡ vướng mắc, khó khăn cho người dân, doanh nghiệp. UBND xã đã chỉ đạo, thực hiện có hiệu quả công tác kiểm soát TTHC, rà soát, đánh giá TTHC; truyền thông hỗ trợ hoạt động kiểm soát TTHC; thực hiện cơ chế một cửa, một cửa liên thông và thực hiện TTHC trên môi trường điện tử; các văn bản chỉ đạo nâng cao tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ chỉ số phục vụ người dân và doanh nghiệp; thực hiện rà soát, xây dựng danh mục thành phần hồ sơ phải số hóa.\n\n- Tính đến thời điểm báo cáo, số TTHC thuộc thẩm quyền UBND huyện thực hiện niêm yết gồm: 13 lĩnh vực ngành, 123 thủ tục, trong đó 40 thủ tục hành chính dịch vụ công toàn trình; TTHC giải quyết theo cơ chế một cửa liên thông: 8 thủ tục, trên 6 lĩnh vực ngành (Giáo dục và Đào tạo, Tư pháp, Kế hoạch- đầu tư); số TTHC không thuộc thẩm quyền UBND xã, thuộc ngành dọc đóng trên địa bàn (ngành Quân sự): 12 TTHC. Từ năm 2021 đến năm 2024, xã Bình Thành đã tiến hành rà soát, đánh giá 27 TTHC, sau rà soát đã kiến nghị sửa đổi, cắt giảm giấy tờ, thời gian đối với 25 TTHC.\n\n- UBND xã thực hiện thông báo công khai địa chỉ tiếp nhận phản ánh, kiến nghị trên Hệ thống thông tin tiếp nhận, trả lời phản ánh, kiến nghị trên Cổng Dịch vụ công Quốc gia tại địa chỉ: https://dichvucong.gov.vn/guipakn, cơ quan Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên, địa chỉ liên hệ: Số 17, đường Đội Cấn, phường Trưng Vương, thành phố Thái Nguyên, tỉnh Thái Nguyên, Số điện thoại chuyên dùng:\n\n02083.854636; Số fax: 02083.855385. Địa chỉ thư điện tử: kstthc.ubnd@thainguyen.gov.vn; Biểu mẫu hướng dẫn thực hiện phản ánh, kiến nghị được niêm yết công khai tại Bộ phận Một cửa xã, Trang thông tin điện tử của xã theo quy định; Từ năm 2021 đến 2024, UBND xã không có phản ánh, kiến nghị trên Cổng dịch vụ công quốc gia."
  },
  {
    "id": "II.2.2",
    "parentId": "II.2",
    "number": "2.2.",
    "title": "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC:",
    "body": "- UBND xã thực hiện nghiêm túc, có hiệu quả cơ chế một cửa, một cửa liên thông, đẩy mạnh việc giải quyết TTHC trên môi trường điện tử, Hệ thống thông tin giải quyết TTHC của tỉnh được kết nối với Cổng dịch vụ công Quốc gia. Tiếp tục thực hiện đổi mới cơ chế một cửa, một cửa liên thông, Bộ phận Tiếp nhận và trả kết quả xã tiếp tục thực hiện tốt hoạt động hướng dẫn, tiếp nhận giải quyết hồ sơ TTHC, tạo điều kiện thuận lợi nhất cho tổ chức, cá nhân đến Bộ phận một cửa đề nghị giải quyết TTHC.\n\nHằng năm, UBND xã đều cử các cán bộ, công chức xã đầu mối làm công tác kiểm soát TTHC tham gia đầy đủ các hội nghị tập huấn hướng dẫn nghiệp vụ công tác kiểm soát TTHC do cấp trên tổ chức; ban hành kịp thời các văn bản chỉ đạo liên quan công tác cải cách TTHC, thực hiện cơ chế một cửa, một cửa liên thông; quan tâm đầu tư hệ thống máy móc, trang thiết bị và chỉ đạo thực hiện tốt quản lý, vận hành trang thiết bị, hệ thống phần mềm Một cửa điện tử tại Bộ phận Tiếp nhận và trả kết quả xã đảm bảo hiệu quả, đáp ứng nhiệm vụ công tác. Qua đó từng bước nâng cao chất lượng giải quyết thủ tục hành chính cho các tổ chức, công dân. Từ năm 2020 đến nay kết quả nhiều chỉ số về cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và giải quyết TTHC trên môi trường điện tử của huyện đạt được nhiều kết quả quan trọng. Cụ thể kết quả một số chỉ số Cải cách TTHC như sau:\n\n| TT | Chỉ số | 2021 | 2022 | 2023 | 2024 | Ghi chú |\n|---|---|---|---|---|---|---|\n| 1 | Số hồ sơ TTHC tiếp nhận tại Bộ phận 1 cửa huyện | 6221 | 3252 | 3817 | 2646 | |\n| 2 | Tỷ lệ hồ sơ dịch vụ công trực tuyến (%) | 28,05% | 45,11% | 98,53% | 100% | |\n| 3 | Tỷ lệ thanh toán trực tuyến (%) | 0 | 0 | 89,33% | 95,18% | |\n| 4 | Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC (%) | 0 | 99,97% | 100% | 100% | |\n| 5 | Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công trên môi trường điện tử (điểm) | 0 | 64,08 | 88,8 | 93,7 | |"
  },
  {
    "id": "II.3",
    "parentId": "II",
    "number": "3.",
    "title": "Cải cách tổ chức bộ máy nhà nước",
    "body": ""
  },
  {
    "id": "II.3.1",
    "parentId": "II.3",
    "number": "3.1.",
    "title": "Xây dựng, ban hành quy chế làm việc cơ quan, phân công vị trí làm việc",
    "body": "UBND xã đã ban hành Quyết định số 335/QĐ-UBND ngày 06/9/2021 về việc ban hành quy chế làm việc của UBND xã Bình Thành khóa XX, nhiệm vụ 2021-2026; đồng thời có quyết định phân công nhiệm vụ rõ ràng, cụ thể cho các thành viên UBND, công chức, cán bộ không chuyên trách xã. Hàng năm thực hiện sửa đổi, bổ sung quy chế làm việc theo quy định; phân công nhiệm vụ khi có sự thay đổi để phù hợp với tình hình thực tế."
  },
  {
    "id": "II.3.2",
    "parentId": "II.3",
    "number": "3.2.",
    "title": "Quản lý, sử dụng biên chế công chức xã",
    "body": "UBND xã được giao biên chế là 20 cán bộ, công chức xã, kết quả thực hiện qua các năm cụ thể:\n\n| Năm 2021 || Năm 2022 || Năm 2023 || Năm 2024 || Năm 2025 ||\n| Cán bộ | Công chức | Cán bộ | Công chức | Cán bộ | Công chức | Cán bộ | Công chức | Cán bộ | Công chức |\n|---|---|---|---|---|---|---|---|---|---|\n| 10 | 09 | 09 | 09 | 09 | 09 | 09 | 09 | 08 | 09 |\n\nThực hiện chính sách tinh giản biên chế: Năm 2022: 01 trường hợp cán bộ nghỉ theo Nghị quyết số 02/2018/NQ-HĐND của HĐND tỉnh Thái Nguyên; năm 2023: 01 trường hợp cán bộ và năm 2024: 01 trường hợp cán bộ theo Nghị định số 29/2023/NĐ-CP của Chính phủ; năm 2025: 01 trường hợp cán bộ nghỉ theo Nghị định 177/2024/NĐ-CP của Chính Phủ."
  },
  {
    "id": "II.4",
    "parentId": "II",
    "number": "4.",
    "title": "Cải cách chế độ công vụ",
    "body": ""
  },
  {
    "id": "II.4.1",
    "parentId": "II.4",
    "number": "4.1.",
    "title": "Thực hiện sử dụng cán bộ, công chức, người lao động xã",
    "body": "Thực hiện các quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách xã, ở xóm; tổ chức quán triệt, phổ biến và nghiêm túc triển khai thực hiện việc nâng cao chất lượng đội ngũ cán bộ, công chức xã nhằm bảo đảm bộ máy của hệ thống chính trị cấp xã được tinh gọn, hoạt động hiệu lực, hiệu quả.\n\nHiện nay, tổng số cán bộ, công chức xã là 17/20 người, Trong đó cán bộ có trình độ chuyên môn nghiệp vụ từ đại học trở lên chiếm 100%, trình độ trung cấp chiếm 0%; công chức xã có trình độ chuyên môn từ đại học trở lên chiếm 100%, trình độ trung cấp chiếm 0%.\n\nCông chức xã có trình độ chuyên môn nghiệp vụ đáp ứng yêu cầu nhiệm vụ và vị trí việc làm tuyển dụng. Việc bố trí, sử dụng công chức xã cơ bản phù hợp với trình độ chuyên môn, năng lực, sở trường công tác.\n\nUBND xã đã thực hiện Kế hoạch luân chuyển cán bộ, công chức; Quyết định biệt phái công chức theo chỉ đạo của cấp trên."
  },
  {
    "id": "II.4.2",
    "parentId": "II.4",
    "number": "4.2.",
    "title": "Thực hiện chế độ, chính sách nghỉ công tác đối với cán bộ, công chức, và tinh giản biên chế",
    "body": "Thực hiện đẩy đủ các chế độ chính sách cho cán bộ, công chức xã. Thực hiện chính sách tinh giản biên chế: Năm 2022: 01 trường hợp cán bộ nghỉ theo Nghị quyết số 02/2018/NQ-HĐND của HĐND tỉnh Thái Nguyên; năm 2023: 01 trường hợp cán bộ và năm 2024: 01 trường hợp cán bộ theo Nghị định số 29/2023/NĐ-CP của Chính phủ; năm 2025: 01 trường hợp cán bộ nghỉ theo Nghị định 177/2024/NĐ-CP của Chính Phủ."
  },
  {
    "id": "II.4.3",
    "parentId": "II.4",
    "number": "4.3.",
    "title": "Thực hiện đào tạo, bồi dưỡng cán bộ, công chức xã",
    "body": "Hàng năm, UBND xã Bình Thành quan tâm cử chọn các cán bộ, công chức tham gia đầy đủ các lớp đào tạo, bồi dưỡng của cấp trên tổ chức, đảm bảo đáp ứng các tiêu chuẩn, điều kiện theo yêu cầu vị trí việc làm, góp phần nâng cao chất lượng đội ngũ cán bộ, công chức xã.\n\nKết quả, trong giai đoạn 2021 - 2025, UBND xã đã cử 413 lượt cán bộ, công chức xã tham gia các lớp đào tạo bồi dưỡng do UBND huyện, UBND tỉnh tổ chức."
  },
  {
    "id": "II.5",
    "parentId": "II",
    "number": "5.",
    "title": "Cải cách tài chính công",
    "body": "-Thực hiện có hiệu quả Nghị định 130/2005/ND-CP ngày 17/10/2005 của Chính phủ quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan Nhà nước, Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập. Kết quả thực hiện: Hàng năm, UBND xã xây dựng quy chế chi tiêu nội bộ và thực hiện đảm bảo theo quy định.\n\nViệc quản lý và điều hành ngân sách tiếp tục được thực hiện dúng theo quy định hiện hành. UBND xã thực hiện quản lý và sử dụng kinh phí theo quy định và quy chế chi tiêu nội bộ, đảm bảo tiết kiệm, hiệu quả. Đã thực hiện công khai dự toán ngân sách hàng năm theo đúng quy định tại Thông tư 61/2017/TT-BTC ngày 15/6/2017 của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách đối với các đơn vị dự toán ngân sách, các tổ chức được ngân sách nhà nước hỗ trợ; Thông tư 343/2016/TT-BTC ngày 30/12/2016 của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước đối với các cấp ngân sách.\n\nThực hiện sắp xếp lại, xử lý nhà đất của cơ quan, đơn vị theo quy định."
  },
  {
    "id": "II.6",
    "parentId": "II",
    "number": "6.",
    "title": "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    "body": ""
  },
  {
    "id": "II.6.1",
    "parentId": "II.6",
    "number": "6.1.",
    "title": "Về công tác triển khai xây dựng, phát triển chính quyền điện tử, chính quyền số",
    "body": "UBND xã thực hiện Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025, định hướng đến năm 2030. Hàng năm, xã đã xây dựng Kế hoạch về chuyển đổi số, phân công nhiệm vụ cụ thể cho các bộ phận, công chức xã, tổng hợp kết quả tình hình thực hiện nhiệm vụ; Đồng thời phát động phong trào thi đua “Đẩy mạnh Chương trình chuyển đổi số\" hàng năm và giai đoạn 2021 – 2025” trên địa bàn xã; Kế hoạch triển khai thực hiện nhiệm vụ thuộc Đề án Phát triển dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số Quốc gia giai đoạn 2022 - 2025, tầm nhìn năm 2030 trên địa bàn xã;\n\n- Tổ chức tự kiểm tra hoạt động của các cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý thuộc 02 lĩnh vực là Cải cách hành chính và Chuyển đổi số."
  },
  {
    "id": "II.6.2",
    "parentId": "II.6",
    "number": "6.2.",
    "title": "Kết quả xây dựng, phát triển hạ tầng, dữ liệu xây dựng chính quyền số",
    "body": "- Tiếp tục và vận hành hệ thống giao ban điện tử trực tuyến (Hội nghị truyền hình) từ huyện đến xã; Đường truyền số liệu chuyên dùng cơ quan Đảng, Nhà nước (TSL) từ cấp huyện đến xã. Kết nối và chia sẻ dữ liệu trên nền tảng tích hợp, chia sẻ dữ liệu tỉnh.\n\n- Ứng dụng công nghệ thông tin trong quản lý và điều hành: 100% văn bản đi, đến của cơ quan được ban hành và tiếp nhận hoàn toàn trên môi trường điện tử.\n\nTiếp tục thực hiện trao đổi công việc trên hệ thống thư điện tử tại địa chỉ: http://mail.thainguyen.gov.vn.\n\n- Vận hành và ứng dụng hiệu quả hệ thống họp trực tuyến của xã đổi với các hội nghị của Trung ương, tỉnh và huyện, đặc biệt là công tác chỉ đạo, điều hành.\n\nTiếp tục thực hiện sử dụng đường truyền số liệu chuyên dùng.\n\n- Ứng dụng công nghệ thông tin trong giải quyết TTHC; khai thác hiệu quả phần mềm Một cửa điện tử tại Bộ phận Một cửa; bảo đảm 100% các khâu giải quyết TTHC được cập nhật thực hiện trên phần mềm Một cửa điện tử."
  },
  {
    "id": "II.6.3",
    "parentId": "II.6",
    "number": "6.3.",
    "title": "Kết quả triển khai Đề án 06 trên địa bàn xã",
    "body": "- Hệ thống thông tin giải quyết TTHC của tỉnh đã được kết nối, chia sẻ dữ liệu với hệ thống Cơ sở dữ liệu quốc gia về dân cư, tích hợp giải pháp kết nối xác thực thông qua nền tảng định danh điện tử VNeID tạo thuận lợi cho người dân, doanh nghiệp khi thực hiện giải quyết TTHC.\n\n- Một số kết quả: Có 03/03 trường học trên địa bàn triển khai áp dụng giải pháp không dùng tiền mặt; Triển khai việc sử dụng ứng dụng Sổ sức khỏe điện tử trên địa bàn xã; cài đặt và sử dụng chữ ký số công cộng, tích hợp các giấy tờ cá nhân qua tài khoản Vneid. Đã cấp tài khoản định danh điện tử cho 3.734 tài khoản/Tổng số 4293 công dân đủ điều kiện cấp, kích hoạt 3.483/3.734 tài khoản. Rà soát và lấy dữ liệu thông tin mở tài khoản cho các đối tượng , đến nay toàn xã đã thực hiện chi trả bảo trợ xã hội đang hưởng trợ cấp hàng tháng cho các đối tượng được hưởng, cụ thể:\n\n- Bảo trợ xã hội: đã cấp 208/208 tài khoản = 100%\n\n- Người có công: đã cấp 52/52 tài khoản = 100%\n\n- Hộ nghèo, cận nghèo: đã cấp 526/526 tài khoản = 100%"
  },
  {
    "id": "II.6.4",
    "parentId": "II.6",
    "number": "6.4.",
    "title": "Tình hình, kết quả triển khai dịch vụ công trực tuyến",
    "body": "- Từ ngày 15/12/2020- 15/4/2025, Bộ phận Một cửa xã đã tiếp nhận và giải quyết 16.839 hồ sơ, trong đó số hồ sơ đã giải quyết là 16.807 hồ sơ, đang giải quyết là 32 hồ sơ. Trong đó cung cấp và thực hiện giải quyết qua dịch vụ công trực tuyến là 10.522 hồ sơ; Thực hiện tiếp nhận trực tiếp và qua dịch vụ bưu chính là 6.317 hồ sơ.\n\n- Đẩy mạnh việc thực hiện số hóa hồ sơ, kết quả giải quyết TTHC phục vụ việc tái sử dụng dữ liệu, kết quả năm 2024: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của xã đạt 97,54%, tỷ lệ hồ sơ cấp kết quả điện tử đạt 99,24%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hoá 97,19% triển khai thanh toán trực tuyến, thanh toán không dùng tiền mặt đối với dịch vụ công, tạo điều kiện thuận lợi và giảm phiền hà cho người dân, doanh nghiệp: Tỷ lệ TTHC có giao dịch thanh toán trực tuyến là đạt 81,25%, tỷ lệ hồ sơ thanh toán trực tuyến đạt 95,18%."
  },
  {
    "id": "II.6.5",
    "parentId": "II.6",
    "number": "6.5.",
    "title": "Triển khai ứng dụng hỗ trợ người dân, doanh nghiệp",
    "body": "Triển khai thực hiện các ứng dụng số được triển khai phục vụ các nhu cầu của người dân được xây dựng và triển khai hiệu quả như Sàn giao dịch Thương mại điện tử tỉnh Thái Nguyên, sổ sức khỏe điện tử, sổ bảo hiểm xã hội điện tử… Trạm y tế xã đã thực hiện khám bệnh, chữa bệnh bảo hiểm y tế bằng CCCD gắn chíp điện tử. Triển khai mô hình chợ 4.0; thực hiện thanh toán không dùng tiền mặt trên các lĩnh vực giáo dục, y tế, giải quyết TTHC; triển khai thực hiện, làm sạch dữ liệu lao động, người có công và xã hội, người cao tuổi trên nền tảng cơ sở dữ liệu quốc gia về dân cư và tạo, cấp tài khoản an sinh xã hội trên địa bàn xã, thiết lập thêm nhiều kênh cung cấp thông tin về giải quyết TTHC như cung cấp khả năng liên kết truy cập thông tin về TTHC, truy cập đến Hệ thống thông tin giải quyết TTHC tỉnh Thái Nguyên và Cổng dịch vụ công quốc gia từ qua các ứng dụng mạng xã hội, qua các ứng dụng số của tỉnh như: Ứng dụng công dân số C-Thainguyen, xã hội số Thainguyen-ID; kênh Zalo OA, fanpage trên mạng xã hội Facebook..."
  },
  {
    "id": "III",
    "parentId": null,
    "number": "PHẦN III",
    "title": "ĐÁNH GIÁ CHUNG",
    "body": ""
  },
  {
    "id": "III.1",
    "parentId": "III",
    "number": "1.",
    "title": "Ưu điểm",
    "body": "- Công tác CCHC tiếp tục được cấp ủy Đảng, chính quyền xã quan tâm, chỉ đạo thực hiện nghiêm túc và luôn xác định cải cách hành chính là một trong những nhiệm vụ trọng tâm cần tập trung chỉ đạo điều hành xuyên suốt trong giai đoạn 2021 - 2025; kết quả triển khai CCHC của xã được UBND huyện đánh giá năm trong tốp tốt của huyện.\n\n- Chất lượng thực hiện cơ chế một cửa, một cửa liên thông được nâng cao, tạo điều kiện thuận lợi cho tổ chức, cá nhân trong các giao dịch. Công tác kiểm tra CCHC, kiểm tra công vụ được tăng cường, nâng cao ý thức, trách nhiệm phục vụ của đội ngũ cán bộ, công chức và siết chặt kỷ luật, kỷ cương hành chính.\n\n- Công tác xây dựng chính quyền số, chuyển đổi số đạt được nhiều kết quả quan trọng, góp phần thay đổi diện mạo nền hành chính, tác phong làm việc của đội ngũ cán bộ, công chức, viên chức nâng cao chất lượng phục vụ người dân, doanh nghiệp."
  },
  {
    "id": "III.2",
    "parentId": "III",
    "number": "2.",
    "title": "Khó khăn, vướng mắc",
    "body": "- Việc triển khai thực hiện một số chỉ tiêu Chương trình CCHC giai đoạn 2021 - 2025 còn gặp những khó khăn, vướng mắc như: việc thực hiện hoạt động kiểm tra của cơ quan được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý còn hạn chế.\n\n- Việc thực hiện tự kiểm tra CCHC, tự kiểm tra thực hiện công vụ chưa thường xuyên, kỹ năng kiểm tra còn hạn chế.\n\n- Công chức giải quyết TTHC phải thao tác trên nhiều hệ thống thông tin, dẫn đến mất nhiều thời gian, ảnh hưởng đến tiến độ tiếp nhận xử lý công việc...\n\n- Công chức đầu mối thực hiện kiểm soát thủ tục hành chính hoạt động kiêm nhiệm, đôi khi phải xử lý nhiều nhiệm vụ, ảnh hưởng đến thực hiện công tác kiểm soát TTHC."
  },
  {
    "id": "III.3",
    "parentId": "III",
    "number": "3.",
    "title": "Bài học kinh nghiệm.",
    "body": "Cải cách hành chính chỉ đạt hiệu quả khi có sự quan tâm, chỉ đạo quyết liệt, thường xuyên từ cấp ủy, chính quyền; người đứng đầu đóng vai trò nêu gương và tạo động lực.\n\nĐội ngũ cán bộ, công chức là yếu tố quyết định; cần nâng cao tinh thần trách nhiệm, kỷ luật hành chính và kỹ năng chuyên môn.\n\nViệc lấy người dân, doanh nghiệp làm trung tâm là nguyên tắc xuyên suốt trong thực hiện CCHC.\n\nChuyển đổi số phải đi đôi với chuẩn hóa, đồng bộ hệ thống để giảm áp lực cho cán bộ và thuận tiện cho người dân.\n\nCông tác kiểm tra, giám sát, tự đánh giá cần thực hiện thường xuyên, góp phần phát hiện, khắc phục kịp thời các hạn chế."
  },
  {
    "id": "III.4",
    "parentId": "III",
    "number": "4.",
    "title": "Kiến nghị, đề xuất",
    "body": "Đề nghị UBND tỉnh, UBND huyện tiếp tục quan tâm bố trí kinh phí thực hiện hỗ trợ, đầu tư trang thiết bị nhà một cửa UBND cấp xã trên địa bàn huyện; Hỗ trợ kinh phí để địa phương xây dựng chính quyền số, chính quyền điện tử."
  },
  {
    "id": "IV",
    "parentId": null,
    "number": "PHẦN IV",
    "title": "ĐỀ XUẤT PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM VỀ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2030",
    "body": ""
  },
  {
    "id": "IV.1",
    "parentId": "IV",
    "number": "1.",
    "title": "Phương hướng, nhiệm vụ trọng tâm về cải cách hành chính giai đoạn 2026 - 2030",
    "body": "Trong giai đoạn 2026 - 2030, UBND xã xác định cải cách hành chính tiếp tục là một trong những nhiệm vụ trọng tâm, xuyên suốt, nhằm xây dựng nền hành chính dân chủ, hiện đại, công khai, minh bạch, chuyên nghiệp và hoạt động hiệu lực, hiệu quả. Phương hướng chủ yếu là tiếp tục đẩy mạnh cải cách toàn diện trên các lĩnh vực, gắn với quá trình chuyển đổi số, xây dựng chính quyền điện tử, chính quyền số, lấy sự hài lòng của người dân và doanh nghiệp làm thước đo quan trọng trong đánh giá chất lượng phục vụ của cơ quan hành chính, các nhiệm vụ cụ thể:\n\n- Tiếp tục kiện toàn thể chế hành chính theo hướng đồng bộ, ổn định, khả thi, minh bạch và dễ tiếp cận\n\n- Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, rút ngắn thời gian giải quyết hồ sơ, nâng cao chất lượng cung ứng dịch vụ công trực tuyến, tạo thuận lợi tối đa cho người dân và tổ chức khi thực hiện các giao dịch hành chính.\n\n- Xây dựng đội ngũ cán bộ, công chức chuyên nghiệp, có phẩm chất đạo đức, năng lực đáp ứng yêu cầu trong tình hình mới; chú trọng công tác đào tạo, bồi dưỡng kỹ năng, đạo đức công vụ, trách nhiệm phục vụ nhân dân.\n\n- Hiện đại hóa nền hành chính, tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, điều hành; hoàn thiện nền tảng dữ liệu, xây dựng chính quyền số, thúc đẩy cung cấp dịch vụ công trực tuyến mức độ cao.\n\n- Thực hiện nghiêm túc công khai, minh bạch trong quản lý tài chính, ngân sách; phát huy vai trò giám sát của nhân dân và các tổ chức đoàn thể trong công tác cải cách hành chính; đẩy mạnh phân cấp, phân quyền đi đôi với kiểm tra, giám sát.\n\n- Đổi mới cơ chế quản lý và nâng cao hiệu quả hoạt động của cơ quan hành chính nhà nước; chú trọng cải thiện chất lượng phục vụ người dân, doanh nghiệp thông qua mô hình “chính quyền phục vụ”, hướng tới sự hài lòng của nhân dân; góp phần nâng cao hiệu lực, hiệu quả trong quản lý nhà nước tại địa phương."
  },
  {
    "id": "IV.2",
    "parentId": "IV",
    "number": "2.",
    "title": "Đề xuất các chỉ tiêu thực hiện CCHC giai đoạn 2026 - 2030",
    "body": "Để hiện thực hóa phương hướng trên, UBND xã xác định các chỉ tiêu cụ thể, có thể đo lường được, gồm:\n\nTối thiểu 90% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4 và tích hợp trên Cổng dịch vụ công quốc gia.\n\nTối thiểu 95% hồ sơ công việc của các cơ quan hành chính được xử lý trên môi trường mạng, có ký số đầy đủ và lưu trữ điện tử.\n\nTrên 90% người dân, doanh nghiệp hài lòng với sự phục vụ của cơ quan hành chính nhà nước (qua khảo sát độc lập hằng năm).\n\nTối thiểu 80% dịch vụ công trực tuyến có phát sinh hồ sơ và xử lý hoàn toàn trên môi trường mạng.\n\n100% cơ quan hành chính các cấp có hệ thống quản lý chất lượng ISO phù hợp tiêu chuẩn quốc gia.\n\nGiảm tối thiểu 20% biên chế hưởng lương từ ngân sách so với năm 2025, gắn với tinh gọn tổ chức bộ máy.\n\nCông khai đầy đủ, kịp thời 100% thông tin về ngân sách nhà nước, đấu thầu, mua sắm công trên cổng thông tin điện tử."
  },
  {
    "id": "PL1",
    "parentId": null,
    "number": "PHỤ LỤC I",
    "title": "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2025 XÃ BÌNH THÀNH",
    "body": "(Ban hành kèm theo Kế hoạch số /KH-UBND ngày /4 /2025 của UBND xã Bình Thành)"
  },
  {
    "id": "PL1.1",
    "parentId": "PL1",
    "number": "1.",
    "title": "Công tác chỉ đạo, điều hành CCHC",
    "body": ""
  },
  {
    "id": "PL1.2",
    "parentId": "PL1",
    "number": "2.",
    "title": "Cải cách thể chế",
    "body": ""
  },
  {
    "id": "PL1.3",
    "parentId": "PL1",
    "number": "3.",
    "title": "Cải cách thủ tục hành chính",
    "body": ""
  },
  {
    "id": "PL1.4",
    "parentId": "PL1",
    "number": "4.",
    "title": "Cải cách tổ chức bộ máy hành chính nhà nước",
    "body": ""
  },
  {
    "id": "PL1.5",
    "parentId": "PL1",
    "number": "5.",
    "title": "Cải cách chế độ công vụ",
    "body": ""
  },
  {
    "id": "PL1.6",
    "parentId": "PL1",
    "number": "6.",
    "title": "Cải cách tài chính công",
    "body": ""
  },
  {
    "id": "PL1.7",
    "parentId": "PL1",
    "number": "7.",
    "title": "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    "body": ""
  },
  {
    "id": "DM",
    "parentId": null,
    "number": "DANH MỤC",
    "title": "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHƯƠNG TRÌNH CCHC NHÀ NƯỚC XÃ BÌNH THÀNH GIAI ĐOẠN 2021 - 2025",
    "body": "(Kèm theo Kế hoạch số /KH-UBND ngày /4/2025 của UBND xã Bình Thành)"
  }
];
