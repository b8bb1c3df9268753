// The administrative units the Bình Thành report is filed under, before the 2025 two-level reform.
import type { OrgUnit } from '@cchc/domain';

export const PROVINCE_THAI_NGUYEN = 'thai-nguyen';
export const DISTRICT_DINH_HOA = 'dinh-hoa';
export const COMMUNE_BINH_THANH = 'binh-thanh';

function commune(code: string, name: string, kind = 'xã'): OrgUnit {
  // Validity and successors of the communes are left unknown: the report only says the district counted 23 communes
  // and townships in 2021–2023 and 22 later (kept in each rank's rankOf), not which unit merged into which.
  return { code, name, level: 'COMMUNE', kind, parentCode: DISTRICT_DINH_HOA, validFrom: null, validTo: null, successorCode: null };
}

/** Province, district and the 23 communes and township of Định Hóa as commonly listed for 2021–2023. */
export const orgUnits: OrgUnit[] = [
  {
    code: PROVINCE_THAI_NGUYEN,
    name: 'Thái Nguyên',
    level: 'PROVINCE',
    kind: 'tỉnh',
    parentCode: null,
    validFrom: null,
    validTo: null,
    successorCode: null,
  },
  {
    code: DISTRICT_DINH_HOA,
    name: 'Định Hóa',
    level: 'DISTRICT',
    kind: 'huyện',
    parentCode: PROVINCE_THAI_NGUYEN,
    validFrom: null,
    // The district level was abolished on 2025-07-01; no single unit succeeded it.
    validTo: '2025-06-30',
    successorCode: null,
  },
  commune('cho-chu', 'Chợ Chu', 'thị trấn'),
  commune('bao-cuong', 'Bảo Cường'),
  commune('bao-linh', 'Bảo Linh'),
  commune(COMMUNE_BINH_THANH, 'Bình Thành'),
  commune('binh-yen', 'Bình Yên'),
  commune('boc-nhieu', 'Bộc Nhiêu'),
  commune('diem-mac', 'Điềm Mặc'),
  commune('dinh-bien', 'Định Biên'),
  commune('dong-thinh', 'Đồng Thịnh'),
  commune('kim-phuong', 'Kim Phượng'),
  commune('kim-son', 'Kim Sơn'),
  commune('lam-vy', 'Lam Vỹ'),
  commune('linh-thong', 'Linh Thông'),
  commune('phu-dinh', 'Phú Đình'),
  commune('phu-tien', 'Phú Tiến'),
  commune('phuong-tien', 'Phượng Tiến'),
  commune('quy-ky', 'Quy Kỳ'),
  commune('son-phu', 'Sơn Phú'),
  commune('tan-duong', 'Tân Dương'),
  commune('tan-thinh', 'Tân Thịnh'),
  commune('thanh-dinh', 'Thanh Định'),
  commune('trung-hoi', 'Trung Hội'),
  commune('trung-luong', 'Trung Lương'),
];
