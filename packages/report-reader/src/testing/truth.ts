// What a person checked by hand in a report, in the shape the reader's proposals are measured against.
import { binhThanhReport, readSourceText } from '@cchc/dataset';
import type { IndicatorDef, ProgrammeTask, TargetDef } from '@cchc/domain';

export interface ExpectedValue {
  raw: string;
  value: number | null;
}

export interface ExpectedPoint {
  indicatorCode: string;
  year: number;
  raw: string;
  value: number;
}

export interface Truth {
  name: string;
  text: string;
  /** PHỤ LỤC I: code → the value cell as checked (headings, which hold no figure, are absent). */
  appendix: Map<string, ExpectedValue>;
  /** Distinct (indicator, year, value) points of the narrative's yearly series. */
  series: ExpectedPoint[];
  tasks: Pick<ProgrammeTask, 'number' | 'title' | 'department' | 'evidence'>[];
  targets: Pick<TargetDef, 'text' | 'comparator' | 'value'>[];
}

export const template: IndicatorDef[] = binhThanhReport.indicators;

export function binhThanhTruth(): Truth {
  const appendix = new Map<string, ExpectedValue>();
  for (const o of binhThanhReport.observations) {
    if (o.source.table === 'PHỤ LỤC I') appendix.set(o.indicatorCode, { raw: o.raw, value: o.value });
  }
  const series = new Map<string, ExpectedPoint>();
  for (const o of binhThanhReport.observations) {
    if (o.period.kind !== 'YEAR' || o.value === null) continue;
    series.set(`${o.indicatorCode}|${o.period.year}|${o.value}`, {
      indicatorCode: o.indicatorCode,
      year: o.period.year,
      raw: o.raw,
      value: o.value,
    });
  }
  return {
    name: 'Bình Thành',
    text: readSourceText(),
    appendix,
    series: [...series.values()],
    tasks: binhThanhReport.tasks,
    targets: binhThanhReport.targets,
  };
}
