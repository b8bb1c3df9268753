// Saving an edited target: the changed fields and the milestones in one mutation (one version, one history entry),
// based on the version the edit began from. Apollo normalises the returned Target by id, so every view updates.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { TargetCard_TargetFragment } from '../../../gql/graphql';
import { UPDATE_TARGET } from '../graphql/targets';
import { changedFields, type TargetInput, type TargetLike } from '../utils/targetDraft';

export function useUpdateTargetMutation(orgUnitCode: string) {
  const [update] = useMutation(UPDATE_TARGET);
  const [saving, setSaving] = useState(false);

  /**
   * Saves input over `base` (the target as it was when editing began, or as a CONFLICT carried it); throws the API
   * error, e.g. CONFLICT. Returns null when nothing changed.
   */
  const save = async (base: TargetLike & { id: string; version: number }, input: TargetInput): Promise<TargetCard_TargetFragment | null> => {
    const { changes, milestonesChanged } = changedFields(base, input);
    if (Object.keys(changes).length === 0 && !milestonesChanged) return null;
    setSaving(true);
    try {
      const result = await update({
        variables: {
          id: base.id,
          expectedVersion: base.version,
          input: { ...changes, ...(milestonesChanged ? { milestones: input.milestones } : {}) },
          orgUnitCode,
        },
      });
      if (!result.data) throw new Error('updateTarget returned nothing');
      return result.data.updateTarget;
    } finally {
      setSaving(false);
    }
  };
  return [save, { saving }] as const;
}
