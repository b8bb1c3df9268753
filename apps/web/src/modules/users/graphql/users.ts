import { graphql } from '../../../gql';

export const USERS = graphql(`
  query Users {
    users {
      id
      email
      name
      role
      orgUnitCodes
      disabled
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      name
      role
      orgUnitCodes
      disabled
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      email
      name
      role
      orgUnitCodes
      disabled
    }
  }
`);
