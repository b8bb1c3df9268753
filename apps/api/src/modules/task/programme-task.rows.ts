// The programme_task table's columns as the GraphQL type names them, and the row mapper.
import type { ProgrammeTask } from '@cchc/domain';
import { asBool, asNum, type Row } from '../../graphql/rows.js';
import type { ProgrammeTaskType } from './programme-task.type.js';

export const TASK_COLUMNS = {
  id: 'id',
  number: 'number',
  group: 'task_group',
  groupTitle: 'group_title',
  title: 'title',
  department: 'department',
  completed: 'completed',
  evidence: 'evidence',
  sourceSectionId: 'source_section_id',
  sourceQuote: 'source_quote',
};
export function toTask(r: Row): ProgrammeTaskType {
  return {
    id: Number(r['id']),
    number: Number(r['number']),
    group: String(r['group']),
    groupTitle: String(r['groupTitle']),
    title: String(r['title']),
    department: String(r['department']),
    completed: r['completed'] === null || r['completed'] === undefined ? null : asBool(r['completed']),
    evidence: String(r['evidence']),
    source:
      r['sourceQuote'] !== null && r['sourceQuote'] !== undefined
        ? { quote: String(r['sourceQuote']), table: null, row: null, sectionId: asNum(r['sourceSectionId']) }
        : null,
  };
}

/** A task row as the domain's ProgrammeTask (for validation; the source is its quote only). */
export function toTaskFact(r: Row): ProgrammeTask {
  return {
    number: Number(r['number']),
    group: String(r['group']),
    groupTitle: String(r['groupTitle']),
    title: String(r['title']),
    department: String(r['department']),
    completed: r['completed'] === null || r['completed'] === undefined ? null : asBool(r['completed']),
    evidence: String(r['evidence']),
    source: { sectionId: '', quote: r['sourceQuote'] !== null && r['sourceQuote'] !== undefined ? String(r['sourceQuote']) : '' },
  };
}
