import { graphql } from '../../../gql';

/** The indicator a comparison table is about: its name, and how its values are shown. */
export const COMPARE_INDICATOR = graphql(`
  query CompareIndicator($code: String!) {
    indicator(code: $code) {
      code
      codeAsWritten
      name
      nameEn
      unit
      valueType
      direction
    }
  }
`);
