import { graphql } from '../../../gql';

export const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
    }
  }
`);

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($name: String!, $expiresInDays: Int) {
    createApiToken(name: $name, expiresInDays: $expiresInDays) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);
