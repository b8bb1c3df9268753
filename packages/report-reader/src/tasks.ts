// The DANH MỤC table of programme tasks, flattened: a group row ("I Công tác lãnh đạo…"), then for each task its
// number, its title and responsible department (one run of text), an "x" under Hoàn thành, and the evidence. Tasks
// are numbered 1, 2, 3…: the next number expected is what tells a task's first line from a figure in the evidence.
import { region, type ReportDocument } from './document.js';
import { compactFold, looseFold, tidy } from './fold.js';
import type { TaskProposal } from './proposal.js';

/** The commune offices ("bộ phận") that the template's department column names, folded without spaces. */
const DEPARTMENTS = [
  'cacbophanchuyenmonthuocubndxa',
  'vanphong-thongkexa',
  'tuphap-hotichxa',
  'taichinh-ketoanxa',
  'vanhoa-xahoixa',
  'diachinh-xaydungxa',
  'diachinh-nongnghiep-xaydungvamoitruongxa',
  'congchucvanphong-thongke',
  'congan xa'.replace(' ', ''),
  'chihuytruongquansuxa',
];

const ROMAN = /^\s*((?:X|IX|IV|V?I{0,3}))\s+(\S.*)$/u;

export function readTasks(doc: ReportDocument): TaskProposal[] {
  const start = doc.lines.findIndex((l) => l.furniture === null && /^danhmuc/.test(compactFold(l.text)));
  if (start < 0) return [];
  const end = doc.lines.findIndex((l, i) => i > start && l.furniture === null && /^phuluc/.test(compactFold(l.text)));
  const text = region(doc, start + 1, end < 0 ? doc.lines.length : end);
  const lines = text.text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }

  const tasks: TaskProposal[] = [];
  let group = '';
  let groupTitle = '';
  let current: { number: number; group: string; groupTitle: string; from: number; to: number; body: string[] } | null = null;
  const close = () => {
    if (current) tasks.push(toTask(current, text));
    current = null;
  };
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const expected = (current?.number ?? tasks[tasks.length - 1]?.number ?? 0) + 1;
    const numbered = new RegExp(`^${expected}(?:\\s+(\\S.*))?$`, 'u').exec(trimmed);
    const roman = ROMAN.exec(trimmed);
    if (numbered) {
      close();
      current = { number: expected, group, groupTitle, from: starts[index]!, to: starts[index]! + line.length, body: [numbered[1] ?? ''] };
      return;
    }
    if (roman && roman[1] !== '' && /^\p{Lu}/u.test(roman[2]!) && !/^x$/iu.test(trimmed)) {
      close();
      group = roman[1]!;
      groupTitle = tidy(roman[2]!);
      return;
    }
    // The title of a group row is printed first; anything before the first task is the table's own header.
    if (current) {
      current.body.push(line);
      current.to = starts[index]! + line.length;
    }
  });
  close();
  return tasks;
}

function toTask(
  task: { number: number; group: string; groupTitle: string; from: number; to: number; body: string[] },
  text: ReturnType<typeof region>,
): TaskProposal {
  const body = task.body.join('\n');
  // The completion mark: an "x" standing alone between the department and the evidence.
  const mark = /(^|\s)x(?=\s|$)/u.exec(body);
  const before = mark ? body.slice(0, mark.index) : body;
  const evidence = mark ? body.slice(mark.index + mark[0].length) : '';
  const { title, department } = splitDepartment(before);
  const quoted = text.text.slice(task.from, task.to).replace(/\s+$/u, '');
  return {
    number: task.number,
    group: task.group,
    groupTitle: task.groupTitle,
    title,
    department,
    completed: mark ? true : null,
    evidence: tidy(evidence),
    confidence: department !== null && mark && title !== '' ? 'HIGH' : 'MEDIUM',
    source: { lines: text.linesBetween(task.from, task.from + Math.max(quoted.length, 1)), text: quoted },
  };
}

/** The department is the last run of the title cell that names a commune office. */
function splitDepartment(cell: string): { title: string; department: string | null } {
  const loose = looseFold(cell);
  let best: { at: number; end: number } | null = null;
  for (const department of DEPARTMENTS) {
    // Spaces are not part of the folded names: match them back with any whitespace between characters.
    const pattern = new RegExp(department.split('').map(escape).join('\\s*'), 'gu');
    for (const m of loose.matchAll(pattern)) {
      if (best === null || m.index > best.at) best = { at: m.index, end: m.index + m[0].length };
    }
  }
  if (best === null) return { title: tidy(cell), department: null };
  return { title: tidy(cell.slice(0, best.at)), department: tidy(cell.slice(best.at, best.end)) };
}

function escape(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
