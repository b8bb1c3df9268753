// The pre-2025 administrative structure the generator fills: the real Định Hóa district (from @cchc/dataset) at its
// centre, synthetic districts and provinces around it. Every synthetic unit's code starts with "syn-".
import type { OrgUnit } from '@cchc/domain';
import { RandomStream } from './random.js';

export type Preset = 'tiny' | 'district' | 'province' | 'country';
export const PRESETS: readonly Preset[] = ['tiny', 'district', 'province', 'country'];

/** The pre-2025 counts of Vietnam: 63 provinces, 705 district-level units, 10,599 communes. */
export const COUNTRY_PROVINCES = 63;
export const COUNTRY_DISTRICTS = 705;
export const COUNTRY_COMMUNES = 10_599;
/** Thái Nguyên had nine district-level units; the province preset gives it about 200 communes. */
const PROVINCE_DISTRICTS = 9;
const PROVINCE_COMMUNES = 200;
/** The tiny preset (tests, CI benchmark): Định Hóa with only this many of its communes. */
const TINY_COMMUNES = 6;

export const SYNTHETIC_PREFIX = 'syn-';
export const isSyntheticUnitCode = (code: string): boolean => code.startsWith(SYNTHETIC_PREFIX);

export interface District {
  code: string;
  communeCodes: string[];
}

export interface Structure {
  preset: Preset;
  /** Every unit the preset covers, parents before children: real ones (from the dataset) and synthetic ones. */
  units: OrgUnit[];
  /** Districts in generation order; their communes are the units that get observations. */
  districts: District[];
}

export interface RealUnits {
  provinceCode: string;
  districtCode: string;
  units: readonly OrgUnit[];
}

const DISTRICT_VALID_TO = '2025-06-30';
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Splits `total` into `parts` integers, each in [min, max], with a random spread: every part starts at `min` and the
 * rest is dealt one at a time to a part chosen by weight. Deterministic for a given stream.
 */
export function allocate(total: number, parts: number, min: number, max: number, random: RandomStream): number[] {
  if (parts * min > total || parts * max < total) {
    throw new Error(`allocate: cannot split ${total} into ${parts} parts of ${min}–${max}`);
  }
  const counts = new Array<number>(parts).fill(min);
  const weights = Array.from({ length: parts }, () => random.between(0.5, 1.5));
  let left = total - parts * min;
  while (left > 0) {
    let totalWeight = 0;
    for (let i = 0; i < parts; i++) if ((counts[i] as number) < max) totalWeight += weights[i] as number;
    let pick = random.next() * totalWeight;
    for (let i = 0; i < parts; i++) {
      if ((counts[i] as number) >= max) continue;
      pick -= weights[i] as number;
      if (pick <= 0 || i === parts - 1) {
        counts[i] = (counts[i] as number) + 1;
        break;
      }
    }
    left--;
  }
  return counts;
}

function syntheticDistricts(
  province: OrgUnit,
  codePrefix: string,
  label: string,
  communeCounts: number[],
  firstIndex: number,
): { units: OrgUnit[]; districts: District[] } {
  const units: OrgUnit[] = [];
  const districts: District[] = [];
  communeCounts.forEach((count, i) => {
    const d = firstIndex + i;
    const code = `${codePrefix}-d${pad(d)}`;
    units.push({
      code,
      name: `Huyện mẫu ${label}.${pad(d)}`,
      level: 'DISTRICT',
      kind: 'huyện',
      parentCode: province.code,
      validFrom: null,
      validTo: DISTRICT_VALID_TO,
      successorCode: null,
    });
    const communeCodes: string[] = [];
    for (let c = 1; c <= count; c++) {
      const communeCode = `${code}-c${pad(c)}`;
      communeCodes.push(communeCode);
      units.push({
        code: communeCode,
        name: `Xã mẫu ${label}.${pad(d)}.${pad(c)}`,
        level: 'COMMUNE',
        kind: 'xã',
        parentCode: code,
        validFrom: null,
        validTo: null,
        successorCode: null,
      });
    }
    districts.push({ code, communeCodes });
  });
  return { units, districts };
}

/** The units and districts of a preset. The real district and province keep their codes and names. */
export function buildStructure(preset: Preset, real: RealUnits, seed: number): Structure {
  const province = real.units.find((u) => u.code === real.provinceCode);
  const district = real.units.find((u) => u.code === real.districtCode);
  if (!province || !district) {
    throw new Error(`buildStructure: the dataset has no unit "${real.provinceCode}" or "${real.districtCode}"`);
  }
  const realCommunes = real.units.filter((u) => u.parentCode === real.districtCode && u.level === 'COMMUNE');
  const homeCommunes = preset === 'tiny' ? realCommunes.slice(0, TINY_COMMUNES) : realCommunes;
  const home: District = { code: district.code, communeCodes: homeCommunes.map((u) => u.code) };
  const units: OrgUnit[] = [province, district, ...homeCommunes];
  const districts: District[] = [home];
  if (preset === 'tiny' || preset === 'district') return { preset, units, districts };

  const random = new RandomStream(seed, 'structure');
  const homeProvinceCommunes = PROVINCE_COMMUNES - realCommunes.length;
  const provinceRest = syntheticDistricts(
    province,
    `${SYNTHETIC_PREFIX}${province.code}`,
    province.name,
    allocate(homeProvinceCommunes, PROVINCE_DISTRICTS - 1, 12, 32, random),
    2,
  );
  units.push(...provinceRest.units);
  districts.push(...provinceRest.districts);
  if (preset === 'province') return { preset, units, districts };

  const otherProvinces = COUNTRY_PROVINCES - 1;
  const districtCounts = allocate(COUNTRY_DISTRICTS - PROVINCE_DISTRICTS, otherProvinces, 6, 18, random);
  const otherDistricts = COUNTRY_DISTRICTS - PROVINCE_DISTRICTS;
  const communeCounts = allocate(COUNTRY_COMMUNES - PROVINCE_COMMUNES, otherDistricts, 6, 32, random);
  let nextDistrict = 0;
  districtCounts.forEach((count, i) => {
    const p = i + 2;
    const provinceUnit: OrgUnit = {
      code: `${SYNTHETIC_PREFIX}p${pad(p)}`,
      name: `Tỉnh mẫu ${pad(p)}`,
      level: 'PROVINCE',
      kind: 'tỉnh',
      parentCode: null,
      validFrom: null,
      validTo: null,
      successorCode: null,
    };
    units.push(provinceUnit);
    const part = syntheticDistricts(
      provinceUnit,
      provinceUnit.code,
      pad(p),
      communeCounts.slice(nextDistrict, nextDistrict + count),
      1,
    );
    nextDistrict += count;
    units.push(...part.units);
    districts.push(...part.districts);
  });
  return { preset, units, districts };
}
