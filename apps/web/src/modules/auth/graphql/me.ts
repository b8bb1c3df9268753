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

export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
      role
      orgUnitCodes
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const DEMO_MODE = graphql(`
  query DemoMode {
    demoMode
  }
`);
