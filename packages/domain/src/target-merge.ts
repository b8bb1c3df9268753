// The rule for two people editing one target at once: a three-way merge against the version the user started from.
// A field only one side changed takes that side's value; a field both changed to the same value is simply that value;
// a field both changed differently is a conflict the user settles field by field (mine or theirs). The web's conflict
// panel runs it; nothing is silently overwritten.

/** How one field came out of the merge. */
export type FieldMergeOutcome =
  /** Neither side changed it. */
  | 'UNCHANGED'
  /** Only this user changed it: their edit is kept. */
  | 'MINE'
  /** Only the other person changed it: their saved value is taken. */
  | 'THEIRS'
  /** Both changed it to the same value. */
  | 'SAME'
  /** Both changed it, differently: the user chooses. */
  | 'CONFLICT';

export type MergeChoice = 'MINE' | 'THEIRS';

export interface FieldMerge<V> {
  field: string;
  base: V | undefined;
  mine: V | undefined;
  theirs: V | undefined;
  outcome: FieldMergeOutcome;
}

/** A target's editable fields as a flat record: one entry per field and one per milestone year (`milestones.2027`). */
export type TargetEditFields<V> = Record<string, V | undefined>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Compares every field of three versions: `base` (what the user started editing from), `mine` (the user's unsaved
 * form) and `theirs` (what someone else saved meanwhile). Fields are listed in the order of `base`, then any field
 * only the others have. A missing field and `null` are the same (blank stays blank).
 */
export function mergeTargetEdits<V>(
  base: TargetEditFields<V>,
  mine: TargetEditFields<V>,
  theirs: TargetEditFields<V>,
  equal: (a: V | undefined, b: V | undefined) => boolean = sameValue,
): FieldMerge<V>[] {
  const fields = [...new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])];
  return fields.map((field) => {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    const mineChanged = !equal(b, m);
    const theirsChanged = !equal(b, t);
    const outcome: FieldMergeOutcome = !mineChanged
      ? theirsChanged
        ? 'THEIRS'
        : 'UNCHANGED'
      : !theirsChanged
        ? 'MINE'
        : equal(m, t)
          ? 'SAME'
          : 'CONFLICT';
    return { field, base: b, mine: m, theirs: t, outcome };
  });
}

/** The fields both people changed differently: the ones the user must choose. */
export function mergeConflicts<V>(merge: readonly FieldMerge<V>[]): string[] {
  return merge.filter((f) => f.outcome === 'CONFLICT').map((f) => f.field);
}

/**
 * The merged fields: each side's own changes, and for each conflict the side the user chose. Returns the fields
 * still unchosen instead when a conflict has no choice, so nothing is decided for the user.
 */
export function resolveTargetMerge<V>(
  merge: readonly FieldMerge<V>[],
  choices: Readonly<Record<string, MergeChoice | undefined>>,
): { ok: true; fields: TargetEditFields<V> } | { ok: false; unchosen: string[] } {
  const unchosen = mergeConflicts(merge).filter((field) => !choices[field]);
  if (unchosen.length > 0) return { ok: false, unchosen };
  const fields: TargetEditFields<V> = {};
  for (const f of merge) {
    fields[f.field] =
      f.outcome === 'MINE' || f.outcome === 'SAME'
        ? f.mine
        : f.outcome === 'CONFLICT'
          ? choices[f.field] === 'MINE'
            ? f.mine
            : f.theirs
          : f.theirs;
  }
  return { ok: true, fields };
}
