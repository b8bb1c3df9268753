import { graphql } from '../../../gql';

export const CURRENT_USER = graphql(`
  query CurrentUser {
    me {
      id
      email
      role
      orgUnitCodes
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        email
        role
        orgUnitCodes
      }
    }
  }
`);
