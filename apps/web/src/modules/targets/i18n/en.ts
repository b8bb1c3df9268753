// English texts of planning: the conflict panel, the "changed elsewhere" notice, the plan's submission (merged into
// the app's dictionary under "planning").
export const planningEn = {
  someoneElse: 'Someone else',
  savedByAt: '{{who}} saved this target at {{when}} (version {{version}}) while you were editing.',
  savedBy: '{{who}} saved this target (version {{version}}) while you were editing.',
  mergeHint:
    'A field only one of you changed is kept automatically. Where you both changed a field differently, choose yours or theirs. Saving writes the merge over the version they just saved.',
  nothingDiffers: 'The two versions differ in no field.',
  started: 'When you started',
  result: 'Result',
  blank: '(blank)',
  chooseFor: 'Choose the value of {{field}}',
  chooseMine: 'Keep mine',
  chooseTheirs: 'Take theirs',
  chooseRemaining_one: '{{count}} field was changed by both of you: choose for it.',
  chooseRemaining_other: '{{count}} fields were changed by both of you: choose for each.',
  outcome: {
    MINE: 'Your change kept',
    THEIRS: 'Their change taken',
    SAME: 'Both changed it alike',
    UNCHANGED: 'Unchanged',
    CONFLICT: 'Both changed it',
  },
  saveMerged: 'Save the merge',
  changedElsewhereAt: '{{who}} just saved this target at {{when}} (version {{version}}).',
  changedElsewhere: '{{who}} just saved this target (version {{version}}).',
  loadTheirs: 'Load their version (drop your edits)',
  keepEditing: 'Keep editing (saving will merge field by field)',
  planTitle: 'The {{programme}} plan of targets: submission and approval',
  planExplain: {
    DRAFT: 'The plan is a draft: add, edit or delete targets, then submit the whole plan for review.',
    SUBMITTED: 'The plan was submitted and awaits review: its targets cannot be edited unless it is returned.',
    APPROVED: 'The plan is approved: its targets are locked; only the reviewing unit can unlock it.',
    RETURNED: 'The plan was returned with a comment: edit the targets and submit again.',
  },
  locked: {
    SUBMITTED: 'The plan was submitted for review: its targets are locked unless it is returned.',
    APPROVED: 'The plan is approved: its targets are locked until the reviewing unit unlocks it.',
  },
};
