// Assembles the Bình Thành 2021–2025 report from its parts: header, sections, appendix rows, narrative figures,
// tasks and targets.
import type { IndicatorDef, Observation, Period, ReformArea, ReportData, Section } from '@cchc/domain';
import { COMMUNE_BINH_THANH } from '../org-units.js';
import { PROGRAMME_2021_2025 } from '../programmes.js';
import { appendixRows } from './appendix.js';
import { narrativeFigures, narrativeIndicators, type NarrativeIndicator } from './narrative.js';
import { indicatorNamesEn, sectionTitlesEn } from './english.js';
import { sectionTexts } from './sections.js';
import { programmeTasks } from './tasks.js';
import { targetIndicators, targets } from './targets.js';

/** The seven areas of PHỤ LỤC I, by the leading digit of a row's code. */
export const AREA_BY_DIGIT: Record<string, ReformArea> = {
  '1': 'DIRECTION',
  '2': 'INSTITUTIONS',
  '3': 'PROCEDURES',
  '4': 'ORGANISATION',
  '5': 'CIVIL_SERVICE',
  '6': 'PUBLIC_FINANCE',
  '7': 'E_GOVERNMENT',
};

export const APPENDIX_TABLE = 'PHỤ LỤC I';
const PROGRAMME_SPAN: Period = { kind: 'SPAN', fromYear: 2021, toYear: 2025 };

function areaOf(code: string): ReformArea {
  const area = AREA_BY_DIGIT[code.split('.')[0] ?? ''];
  if (!area) throw new Error(`Appendix row ${code}: no reform area for its leading number`);
  return area;
}

/** "1.2.1" → "1.2"; "1.1.a" (a "Trong đó" row) → "1.1"; "1" → null. */
function appendixParent(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

function appendixIndicators(): IndicatorDef[] {
  return appendixRows.map((row, index) => ({
    code: row.code,
    codeAsWritten: row.codeAsWritten,
    name: row.name,
    unit: row.unit,
    valueType: row.valueType,
    direction: row.direction,
    area: areaOf(row.code),
    parentCode: appendixParent(row.code),
    isComponentRow: row.role !== undefined,
    legend: row.legend ?? null,
    components: appendixRows
      .filter((child) => child.role !== undefined && appendixParent(child.code) === row.code)
      .map((child) => ({ role: child.role!, code: child.code })),
    origin: 'APPENDIX',
    order: index + 1,
  }));
}

function namedIndicators(defs: NarrativeIndicator[], origin: 'NARRATIVE' | 'TARGET', firstOrder: number): IndicatorDef[] {
  return defs.map((def, index) => ({
    code: def.code,
    codeAsWritten: '',
    name: def.name,
    unit: def.unit,
    valueType: def.valueType,
    direction: def.direction,
    area: def.area,
    parentCode: def.parentCode ?? null,
    isComponentRow: false,
    legend: null,
    components: def.components ?? [],
    origin,
    order: firstOrder + index,
  }));
}

function appendixObservations(): Observation[] {
  return appendixRows.flatMap((row): Observation[] => {
    // A heading row ("1.2. Kiểm tra CCHC") groups rows and has no figure of its own.
    if (row.raw === null) return [];
    return [
      {
        indicatorCode: row.code,
        orgUnitCode: COMMUNE_BINH_THANH,
        period: row.period ?? PROGRAMME_SPAN,
        value: row.value ?? null,
        raw: row.raw,
        note: row.note ?? null,
        source: { sectionId: `PL1.${row.code.split('.')[0]}`, table: APPENDIX_TABLE, row: row.code, quote: row.quote },
      },
    ];
  });
}

function narrativeObservations(): Observation[] {
  return narrativeFigures.map((figure) => ({
    indicatorCode: figure.indicatorCode,
    orgUnitCode: COMMUNE_BINH_THANH,
    period: figure.period,
    value: figure.value,
    raw: figure.raw,
    ...(figure.rankOf !== undefined ? { rankOf: figure.rankOf } : {}),
    note: figure.note ?? null,
    source: {
      sectionId: figure.sectionId,
      ...(figure.table !== undefined ? { table: figure.table } : {}),
      ...(figure.row !== undefined ? { row: figure.row } : {}),
      quote: figure.quote,
    },
  }));
}

/** A section reports the indicators its figures belong to; each area of PHỤ LỤC I lists all of its rows. */
function sections(observations: Observation[], indicators: IndicatorDef[]): Section[] {
  return sectionTexts.map((text, index) => {
    const codes = new Set(observations.filter((o) => o.source.sectionId === text.id).map((o) => o.indicatorCode));
    const area = /^PL1\.(\d)$/.exec(text.id)?.[1];
    if (area) {
      for (const indicator of indicators) {
        if (indicator.origin === 'APPENDIX' && indicator.code.split('.')[0] === area) codes.add(indicator.code);
      }
    }
    return { ...text, titleEn: sectionTitlesEn[text.id] ?? null, order: index + 1, indicatorCodes: [...codes] };
  });
}

function buildReport(): ReportData {
  const appendix = appendixIndicators();
  const narrative = namedIndicators(narrativeIndicators, 'NARRATIVE', appendix.length + 1);
  const forTargets = namedIndicators(targetIndicators, 'TARGET', appendix.length + narrative.length + 1);
  const indicators = [...appendix, ...narrative, ...forTargets].map((i) => ({ ...i, nameEn: indicatorNamesEn[i.code] ?? null }));
  const observations = [...appendixObservations(), ...narrativeObservations()];
  return {
    orgUnitCode: COMMUNE_BINH_THANH,
    programme: PROGRAMME_2021_2025,
    title:
      'BÁO CÁO Tổng kết Chương trình cải cách hành chính nhà nước giai đoạn 2021 – 2025 trên địa bàn xã Bình Thành',
    addressees: ['UBND huyện', 'Phòng Nội vụ huyện Định Hóa'],
    legalBases: [
      {
        kind: 'Quyết định',
        number: '4020/QĐ-UBND',
        date: '2021-12-16',
        issuer: 'UBND tỉnh',
        title: 'về việc ban hành Chương trình Cải cách hành chính nhà nước tỉnh Thái Nguyên giai đoạn 2021 - 2025',
      },
      {
        kind: 'Quyết định',
        number: '8084/QĐ-UBND',
        date: '2021-12-31',
        issuer: 'UBND huyện',
        title: 'về việc ban hành Kế hoạch cải cách hành chính nhà nước huyện Định Hóa giai đoạn 2021 - 2025',
      },
      {
        kind: 'Kế hoạch',
        number: '85/KH-UBND',
        date: '2021-10-29',
        issuer: 'UBND xã Bình Thành',
        title: 'về việc ban hành Kế hoạch Cải cách hành chính nhà nước xã Bình Thành giai đoạn 2021-2025',
      },
    ],
    signedBy: 'Ma Khánh Sơn',
    sections: sections(observations, indicators),
    indicators,
    observations,
    tasks: programmeTasks,
    targets,
  };
}

/** The Bình Thành commune's report on the 2021–2025 reform programme, every figure with its source. */
export const binhThanhReport: ReportData = buildReport();
