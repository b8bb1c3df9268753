import { graphql } from '../../../gql';

export const TargetCard_target = graphql(`
  fragment TargetCard_target on Target {
    id
    code
    version
    text
    comparator
    value
    unit
    measureUnit
    owner
    status
    programme
    statusDetail {
      status
      reason {
        code
        year
        actual
        milestone
        baselineYear
        baseline
        target
        percent
      }
    }
    actuals {
      year
      value
      approved
    }
    draftActual {
      year
      value
      wouldBe {
        status
      }
    }
    indicator {
      code
      name
      nameEn
      unit
      valueType
      direction
      observations(orgUnitCode: $orgUnitCode) {
        period {
          key
          label
          labelEn
          year
        }
        value
      }
    }
    baseline {
      year
      value
    }
    milestones {
      year
      value
    }
    history {
      at
      by
      byRole
      byOrgUnit {
        code
        name
      }
      field
      before
      after
      version
    }
  }
`);

export const TARGETS_PAGE = graphql(`
  query TargetsPage($orgUnitCode: String!, $programme: String!) {
    orgUnit(code: $orgUnitCode) {
      code
      name
    }
    targets(orgUnitCode: $orgUnitCode, programme: $programme) {
      ...TargetCard_target
    }
  }
`);

export const UPDATE_TARGET = graphql(`
  mutation UpdateTarget($id: ID!, $expectedVersion: Int!, $input: UpdateTargetInput!, $orgUnitCode: String!) {
    updateTarget(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...TargetCard_target
    }
  }
`);

export const CREATE_TARGET = graphql(`
  mutation CreateTarget($input: CreateTargetInput!, $orgUnitCode: String!) {
    createTarget(input: $input) {
      ...TargetCard_target
    }
  }
`);

export const DELETE_TARGET = graphql(`
  mutation DeleteTarget($id: ID!, $expectedVersion: Int!) {
    deleteTarget(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/** What an open editor polls: the target's current version, who saved it and when. */
export const TARGET_LAST_SAVED = graphql(`
  query TargetLastSaved($id: ID!) {
    target(id: $id) {
      id
      lastSaved {
        version
        by
        at
      }
    }
  }
`);

/** The target as saved now, for an editor that chooses to continue from another person's version. */
export const TARGET_FOR_EDITOR = graphql(`
  query TargetForEditor($id: ID!, $orgUnitCode: String!) {
    target(id: $id) {
      ...TargetCard_target
    }
  }
`);
