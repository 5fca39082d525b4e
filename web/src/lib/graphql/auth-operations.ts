/** GraphQL operations of accounts: session, first run, users, API tokens, audit log (see AUTH-CONTRACT.md). */
import { graphql } from './graphql';

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    disabled
    createdAt
    lastSignInAt
  }
`);

export const AuthHealthQuery = graphql(`
  query AuthHealth {
    health {
      auth {
        needsFirstAdmin
        passwordSignIn
        oidc {
          providerId
          name
        }
      }
    }
  }
`);

export const MeQuery = graphql(
  `
    query Me {
      me {
        ...UserFields
      }
    }
  `,
  [UserFields],
);

export const CreateFirstAdminMutation = graphql(
  `
    mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {
      createFirstAdmin(input: $input) {
        __typename
        ... on MutationCreateFirstAdminSuccess {
          data {
            ...UserFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [UserFields],
);

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    createdAt
    lastUsedAt
    revokedAt
    owner {
      id
      email
      name
    }
  }
`);

export const ApiTokensQuery = graphql(
  `
    query ApiTokens($all: Boolean) {
      apiTokens(all: $all) {
        ...ApiTokenFields
      }
    }
  `,
  [ApiTokenFields],
);

export const CreateApiTokenMutation = graphql(
  `
    mutation CreateApiToken($input: CreateApiTokenInput!) {
      createApiToken(input: $input) {
        __typename
        ... on MutationCreateApiTokenSuccess {
          data {
            token
            apiToken {
              ...ApiTokenFields
            }
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [ApiTokenFields],
);

export const RevokeApiTokenMutation = graphql(
  `
    mutation RevokeApiToken($id: ID!) {
      revokeApiToken(id: $id) {
        __typename
        ... on MutationRevokeApiTokenSuccess {
          data {
            ...ApiTokenFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
      }
    }
  `,
  [ApiTokenFields],
);

export const QuotaFields = graphql(`
  fragment QuotaFields on UserQuotas {
    itemsPerDay
    itemsPerDayIsDefault
    itemsUsed
    concurrentTasks
    concurrentTasksIsDefault
    activeTasks
  }
`);

export const UsersQuery = graphql(
  `
    query Users {
      users {
        ...UserFields
        quotas {
          ...QuotaFields
        }
      }
    }
  `,
  [UserFields, QuotaFields],
);

export const SetUserQuotasMutation = graphql(
  `
    mutation SetUserQuotas($input: SetUserQuotasInput!) {
      setUserQuotas(input: $input) {
        __typename
        ... on MutationSetUserQuotasSuccess {
          data {
            id
            quotas {
              ...QuotaFields
            }
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [QuotaFields],
);

export const CreateUserMutation = graphql(
  `
    mutation CreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        __typename
        ... on MutationCreateUserSuccess {
          data {
            initialPassword
            user {
              ...UserFields
            }
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [UserFields],
);

export const UpdateUserMutation = graphql(
  `
    mutation UpdateUser($input: UpdateUserInput!) {
      updateUser(input: $input) {
        __typename
        ... on MutationUpdateUserSuccess {
          data {
            ...UserFields
          }
        }
        ... on BaseError {
          message
          params
          code
        }
        ... on ValidationError {
          issues {
            path
            message
            code
            params
          }
        }
      }
    }
  `,
  [UserFields],
);

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      edges {
        cursor
        node {
          id
          at
          actor {
            id
            email
            name
          }
          actorEmail
          action
          target
          details
          ip
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
