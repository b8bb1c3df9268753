import { graphql } from '../gql';

export const INDICATOR_PAGE = graphql(`
  query IndicatorPage($code: String!, $orgUnitCode: String!) {
    indicator(code: $code) {
      code
      codeAsWritten
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
        codeAsWritten
        name
      }
      children {
        code
        codeAsWritten
        name
      }
      components {
        role
        indicator {
          code
          codeAsWritten
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
        codeAsWritten
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
