// The report, section and programme tables' columns as the GraphQL types name them, and the row mappers.
import type { Section } from '@cchc/domain';
import { asJson, asNum, type Row } from '../../graphql/rows.js';
import type { ProgrammeType, ReportType, SectionType } from './report.type.js';

export const SECTION_COLUMNS = {
  id: 'id',
  key: 'key',
  number: 'number',
  title: 'title',
  titleEn: 'title_en',
  body: 'body',
  order: 'sort_order',
  reportId: 'report_id',
  parentId: 'parent_id',
};
export const toSection = (r: Row): SectionType =>
  ({ ...r, id: Number(r['id']), reportId: Number(r['reportId']), parentId: asNum(r['parentId']), order: Number(r['order']) }) as SectionType;

/** A section row as the domain's Section: ids are section keys (`keyOf` a stored id's), with the indicators it cites. */
export function toSectionFact(r: Row, keyOf: ReadonlyMap<number, string>, indicatorCodes: string[]): Section {
  const parentId = asNum(r['parentId']);
  return {
    id: String(r['key']),
    parentId: parentId === null ? null : (keyOf.get(parentId) ?? null),
    number: r['number'] as string,
    title: r['title'] as string,
    titleEn: (r['titleEn'] as string | null | undefined) ?? null,
    body: r['body'] as string,
    order: Number(r['order']),
    indicatorCodes,
  };
}

export const REPORT_COLUMNS = {
  id: 'id',
  title: 'title',
  header: 'header',
  orgUnitCode: 'org_unit_code',
  programmeCode: 'programme_code',
};
export function toReport(r: Row): ReportType {
  const header = asJson<{ addressees?: string[]; legalBases?: ReportType['legalBases']; signedBy?: string | null }>(
    r['header'],
  );
  return {
    id: Number(r['id']),
    title: String(r['title']),
    addressees: header?.addressees ?? [],
    legalBases: header?.legalBases ?? [],
    signedBy: header?.signedBy ?? null,
    orgUnitCode: String(r['orgUnitCode']),
    programmeCode: String(r['programmeCode']),
  };
}

export const PROGRAMME_COLUMNS = { code: 'code', name: 'name', startYear: 'start_year', endYear: 'end_year' };
export const toProgramme = (r: Row): ProgrammeType =>
  ({ ...r, startYear: Number(r['startYear']), endYear: Number(r['endYear']) }) as ProgrammeType;
