// The reviewer's decisions on PHỤ LỤC I proposals: nothing is decided until the reviewer says so; "accept every HIGH"
// decides only the rows still open, so a correction or rejection already made is never overwritten.
export type Decision =
  { kind: 'ACCEPT' } | { kind: 'REJECT' } | { kind: 'CORRECT'; raw: string; note: string | null };

export interface ReviewedRow {
  code: string;
  confidence: string;
  readable: boolean;
}

export type Decisions = Readonly<Record<string, Decision>>;

export function acceptAllHigh(rows: readonly ReviewedRow[], decisions: Decisions): Decisions {
  const next: Record<string, Decision> = { ...decisions };
  for (const row of rows)
    if (row.confidence === 'HIGH' && row.readable && next[row.code] === undefined)
      next[row.code] = { kind: 'ACCEPT' };
  return next;
}

export function decide(decisions: Decisions, code: string, decision: Decision | null): Decisions {
  const next: Record<string, Decision> = { ...decisions };
  if (decision === null) delete next[code];
  else next[code] = decision;
  return next;
}

/** What the server is sent: only rows decided; an undecided row is not written (it stays not reported). */
export function decisionsInput(decisions: Decisions) {
  return Object.entries(decisions).map(([code, d]) =>
    d.kind === 'CORRECT' ? { code, decision: d.kind, raw: d.raw, note: d.note } : { code, decision: d.kind },
  );
}

export function counts(rows: readonly ReviewedRow[], decisions: Decisions) {
  const taken = rows.filter(
    (r) => decisions[r.code]?.kind === 'ACCEPT' || decisions[r.code]?.kind === 'CORRECT',
  ).length;
  const rejected = rows.filter((r) => decisions[r.code]?.kind === 'REJECT').length;
  return { taken, rejected, open: rows.length - taken - rejected };
}

/** A yearly-series point as proposed: only a recognised, readable one can be written. */
export interface ReviewedPoint {
  indicatorCode: string | null;
  year: number;
  raw: string;
  confidence: string;
  readable: boolean;
}

export const pointKey = (p: Pick<ReviewedPoint, 'indicatorCode' | 'year' | 'raw'>) =>
  `${p.indicatorCode}|${p.year}|${p.raw}`;

export function canWritePoint(p: ReviewedPoint): boolean {
  return p.indicatorCode !== null && p.readable;
}

export function acceptHighPoints(
  points: readonly ReviewedPoint[],
  chosen: ReadonlySet<string>,
): ReadonlySet<string> {
  const next = new Set(chosen);
  for (const p of points) if (p.confidence === 'HIGH' && canWritePoint(p)) next.add(pointKey(p));
  return next;
}

export function togglePoint(chosen: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(chosen);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** The chosen points as the server takes them: each once, however often the report states it. */
export function seriesPointsInput(points: readonly ReviewedPoint[], chosen: ReadonlySet<string>) {
  const out = new Map<string, { indicatorCode: string; year: number; raw: string }>();
  for (const p of points) {
    if (canWritePoint(p) && chosen.has(pointKey(p)))
      out.set(pointKey(p), { indicatorCode: p.indicatorCode!, year: p.year, raw: p.raw });
  }
  return [...out.values()];
}
