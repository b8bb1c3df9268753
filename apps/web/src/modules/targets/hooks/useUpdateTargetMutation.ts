// Saving an edited target: the changed fields, then the milestones, each with the version it was based on.
// Apollo normalises the returned Target by id, so every view of it (list, card, history) updates from the reply.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { SET_MILESTONES, UPDATE_TARGET } from '../graphql/targets';
import { changedFields, type TargetInput } from '../utils/targetDraft';

export function useUpdateTargetMutation(orgUnitCode: string) {
  const [update] = useMutation(UPDATE_TARGET);
  const [setMilestones] = useMutation(SET_MILESTONES);
  const [saving, setSaving] = useState(false);

  /** Saves input over `base` (the target as it was when editing began); throws the API error, e.g. CONFLICT. */
  const save = async (base: TargetCard_TargetFragment, input: TargetInput): Promise<TargetCard_TargetFragment> => {
    setSaving(true);
    try {
      const { changes, milestonesChanged } = changedFields(base, input);
      let saved = base;
      if (Object.keys(changes).length > 0) {
        const result = await update({ variables: { id: base.id, expectedVersion: saved.version, input: changes, orgUnitCode } });
        if (!result.data) throw new Error('updateTarget returned nothing');
        saved = result.data.updateTarget;
      }
      if (milestonesChanged) {
        const result = await setMilestones({
          variables: { id: base.id, expectedVersion: saved.version, milestones: input.milestones, orgUnitCode },
        });
        if (!result.data) throw new Error('setMilestones returned nothing');
        saved = result.data.setMilestones;
      }
      return saved;
    } finally {
      setSaving(false);
    }
  };
  return [save, { saving }] as const;
}
