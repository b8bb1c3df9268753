import { graphql } from '../gql';

export const INDICATOR_PAGE = graphql(`
  query IndicatorPage($code: String!, $orgUnitCode: String!) {
    indicator(code: $code) {
      code
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
        name
        nameEn
      }
      children {
        code
        name
        nameEn
      }
      components {
        role
        indicator {
          code
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
