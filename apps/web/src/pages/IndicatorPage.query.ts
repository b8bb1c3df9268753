import { graphql } from '../gql';

export const INDICATOR_PAGE = graphql(`
  query IndicatorPage($code: String!, $orgUnitCode: String!) {
    indicator(code: $code) {
      code
      name
      unit
      valueType
      direction
      area
      legend {
        value
        label
      }
      parent {
        code
        name
      }
      children {
        code
        name
      }
      components {
        role
        indicator {
          code
          name
          unit
          observations(orgUnitCode: $orgUnitCode) {
            period {
              key
              label
              labelEn
              year
            }
            value
            raw
          }
        }
      }
      dependents {
        code
        name
      }
      sections {
        id
        key
        number
        title
      }
      targets(orgUnitCode: $orgUnitCode) {
        id
        text
        status
        programme
      }
      observations(orgUnitCode: $orgUnitCode) {
        ...ObservationTable_observation
      }
    }
    findings(orgUnitCode: $orgUnitCode) {
      ...FindingList_finding
    }
  }
`);
