// The reviewer's decisions on PHỤ LỤC I proposals: nothing is decided until the reviewer says so; "accept every HIGH"
// decides only the rows still open, so a correction or rejection already made is never overwritten.
export type Decision = { kind: 'ACCEPT' } | { kind: 'REJECT' } | { kind: 'CORRECT'; raw: string; note: string | null };

export interface ReviewedRow {
  code: string;
  confidence: string;
  readable: boolean;
}

export type Decisions = Readonly<Record<string, Decision>>;

export function acceptAllHigh(rows: readonly ReviewedRow[], decisions: Decisions): Decisions {
  const next: Record<string, Decision> = { ...decisions };
  for (const row of rows) if (row.confidence === 'HIGH' && row.readable && next[row.code] === undefined) next[row.code] = { kind: 'ACCEPT' };
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
  const taken = rows.filter((r) => decisions[r.code]?.kind === 'ACCEPT' || decisions[r.code]?.kind === 'CORRECT').length;
  const rejected = rows.filter((r) => decisions[r.code]?.kind === 'REJECT').length;
  return { taken, rejected, open: rows.length - taken - rejected };
}
