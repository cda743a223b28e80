// The documents of the Relay check (real-clients.mjs), as a Relay app writes them: relay-compiler validates them
// against schema.graphql, writes their artifacts to out/relay and their texts to out/relay-persisted-queries.json
// (SHA-256 ids), which register-documents registers so that the runtime sends only ids.
/* global graphql */

graphql`
  query RelayTasksQuery($count: Int!, $cursor: String) {
    ...RelayTasksFragment @arguments(count: $count, cursor: $cursor)
  }
`;

graphql`
  fragment RelayTasksFragment on Query
  @refetchable(queryName: "RelayTasksPaginationQuery")
  @argumentDefinitions(count: { type: "Int!" }, cursor: { type: "String" }) {
    tasks(first: $count, after: $cursor, order: [{ number: ASC }]) @connection(key: "RelayTasksFragment_tasks") {
      edges { node { id number } }
    }
  }
`;

graphql`
  query RelayTasksBeforeQuery($count: Int!, $cursor: String) {
    tasks(last: $count, before: $cursor, order: [{ number: ASC }]) {
      edges { cursor node { id number } }
      pageInfo { hasPreviousPage hasNextPage startCursor }
    }
  }
`;

graphql`
  fragment RelayTaskFragment on WorkTask @refetchable(queryName: "RelayTaskRefetchQuery") {
    id
    number
    latestStatus
    latestProgressPercent
  }
`;

graphql`
  mutation RelaySubmitMutation($input: SubmitProgressReportInput!) {
    submitProgressReport(input: $input) {
      progressReport { id task { id latestStatus latestProgressPercent } }
      errors { code message }
    }
  }
`;
