import { graphql } from '../../../gql';

export const INDICATOR_SEARCH = graphql(`
  query IndicatorSearch($search: String, $first: Int!) {
    indicators(filter: { search: $search }, first: $first) {
      edges {
        node {
          code
          name
          nameEn
          unit
        }
      }
    }
  }
`);
