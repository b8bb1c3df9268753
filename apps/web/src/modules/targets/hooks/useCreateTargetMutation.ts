import { useMutation } from '@apollo/client/react';
import { TARGETS_PAGE, CREATE_TARGET } from '../graphql/targets';
import type { TargetInput } from '../utils/targetDraft';

export function useCreateTargetMutation(orgUnitCode: string, programme: string) {
  const [mutate, state] = useMutation(CREATE_TARGET, {
    // The new target joins the page's list without refetching it.
    update(cache, { data }) {
      const created = data?.createTarget;
      if (!created) return;
      cache.updateQuery({ query: TARGETS_PAGE, variables: { orgUnitCode, programme } }, (existing) =>
        existing ? { ...existing, targets: [...existing.targets, created] } : existing,
      );
    },
  });
  const create = async (input: TargetInput) => {
    const result = await mutate({
      variables: {
        orgUnitCode,
        input: {
          orgUnitCode,
          programme,
          text: input.text,
          comparator: input.comparator,
          value: input.value,
          unit: input.unit,
          indicatorCode: input.indicatorCode,
          baseline: input.baseline,
          owner: input.owner,
          milestones: input.milestones,
        },
      },
    });
    return result.data?.createTarget ?? null;
  };
  return [create, state] as const;
}
