import { graphql } from '../gql';

export const INDICATOR_PAGE = graphql(`
  query IndicatorPage($code: String!, $orgUnitCode: String!) {
    indicator(code: $code) {
      code
      codeAsWritten
      name
      nameEn
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
        nameEn
      }
      children {
        code
        codeAsWritten
        name
        nameEn
      }
      components {
        role
        indicator {
          code
          codeAsWritten
          name
          nameEn
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
        nameEn
      }
      sections {
        id
        key
        number
        title
        titleEn
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
