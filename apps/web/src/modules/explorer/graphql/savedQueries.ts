import { graphql } from '../../../gql';

export const SAVED_QUERIES = graphql(`
  query SavedQueries {
    savedQueries {
      id
      name
      query
      variables
    }
  }
`);

export const SAVE_QUERY = graphql(`
  mutation SaveQuery($input: SaveQueryInput!) {
    saveQuery(input: $input) {
      id
      name
      query
      variables
    }
  }
`);

export const RENAME_SAVED_QUERY = graphql(`
  mutation RenameSavedQuery($id: ID!, $name: String!) {
    renameSavedQuery(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DELETE_SAVED_QUERY = graphql(`
  mutation DeleteSavedQuery($id: ID!) {
    deleteSavedQuery(id: $id)
  }
`);
