// The units and parameters of the province workloads for the side tools (profile, cpu, ab), read from a loaded
// benchmark database: once here instead of in each tool.
import type pg from 'pg';
import type { WorkloadParams } from './workloads.js';

export interface ProvinceUnits {
  provinceCommunes: string[];
  districtCommunes: string[];
}

export async function provinceUnits(admin: pg.Client): Promise<ProvinceUnits> {
  const codes = async (sql: string, p: string) => (await admin.query<{ code: string }>(sql, [p])).rows.map((r) => r.code);
  return {
    provinceCommunes: await codes(
      "SELECT c.code FROM org_unit c JOIN org_unit d ON d.code = c.parent_code WHERE d.parent_code = $1 AND c.level = 'COMMUNE' ORDER BY c.code",
      'thai-nguyen',
    ),
    districtCommunes: await codes("SELECT code FROM org_unit WHERE parent_code = $1 AND level = 'COMMUNE' ORDER BY code", 'dinh-hoa'),
  };
}

export const PROVINCE_PARAMS: WorkloadParams = {
  indicator: '3.4.2', fromYear: 2023, toYear: 2024, province: 'thai-nguyen', manyCommunes: null, rankYear: 2024, top: 50,
  district: 'dinh-hoa',
  dashboardIndicators: ['1.1', '1.2.3', '3.2.1', '3.2.2', '3.3.4', '3.4.2', '6.1', '7.5.1', 'N.PAR.SCORE', 'N.SIPAS.SATISFACTION'],
  firstYear: 2016, lastYear: 2025,
};
