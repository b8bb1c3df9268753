import { graphql } from '../../../gql';

/** The commune shown, named in the selector's box while nobody types. */
export const CURRENT_COMMUNE = graphql(`
  query CurrentCommune($code: String!) {
    orgUnit(code: $code) {
      code
      name
    }
  }
`);

/**
 * The communes whose name holds the typed text, diacritics optional: the server answers at most a page (20) with the
 * parent of each, which tells namesakes apart, and says when more match.
 */
export const COMMUNE_SEARCH = graphql(`
  query CommuneSearch($text: String!) {
    orgUnitSearch(text: $text) {
      hasMore
      units {
        code
        name
        kind
        parent {
          code
          name
          kind
        }
      }
    }
  }
`);
