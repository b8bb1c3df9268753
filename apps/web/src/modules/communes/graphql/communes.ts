import { graphql } from '../../../gql';

/** Every org unit the server holds, for the commune selector (communes are picked out by level). */
export const COMMUNE_LIST = graphql(`
  query CommuneList {
    orgUnits {
      code
      name
      kind
      level
      parent {
        code
        name
      }
    }
  }
`);
