// The clients front-end teams use, with their default settings, against a live server: Relay (compiled by
// relay-compiler; persisted ids only, registered from its map), Apollo Client (relayStylePagination, automatic
// persisted queries, a mutation updating the normalized cache, a subscription over graphql-ws) and urql with
// graphcache (its default Accept header, relayPagination, a mutation, a subscription over its fetch transport, and
// no "Invalid key" warning with the keys of docs/clients/cache-keys.mjs). Each pages, mutates and subscribes.
// Usage: node real-clients.mjs <graphql url> <supervisor token>   (after `npx relay-compiler` and register-documents
// of out/relay-persisted-queries.json)
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { Client as UrqlClient, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { createClient as createWsClient } from 'graphql-ws';
import { Environment, Network, RecordSource, Store, commitMutation, fetchQuery, ConnectionHandler } from 'relay-runtime';
import WebSocket from 'ws';
import { apolloTypePolicies, urqlKeys } from '../docs/clients/cache-keys.mjs';
import RelayTasksQuery from './out/relay/RelayTasksQuery.graphql.js';
import RelayTasksPaginationQuery from './out/relay/RelayTasksPaginationQuery.graphql.js';
import RelayTasksBeforeQuery from './out/relay/RelayTasksBeforeQuery.graphql.js';
import RelayTaskRefetchQuery from './out/relay/RelayTaskRefetchQuery.graphql.js';
import RelaySubmitMutation from './out/relay/RelaySubmitMutation.graphql.js';

const [url, token] = process.argv.slice(2);
if (!url || !token) {
  console.error('usage: node real-clients.mjs <graphql url> <supervisor token>');
  process.exit(2);
}
const auth = { Authorization: `Bearer ${token}` };
const failures = [];
const check = (client, what, ok, detail = '') => {
  if (!ok) failures.push(`${client}: ${what}${detail ? ` (${detail})` : ''}`);
};
const withTimeout = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);

// The oracle: the API asked directly.
async function direct(query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`direct: ${JSON.stringify(body.errors)}`);
  return body.data;
}
const numbers = (await direct('{ tasks(first: 20, order: [{ number: ASC }]) { nodes { number } } }')).tasks.nodes.map(n => n.number);
const { tasks: { nodes: [subject] } } = await direct(`{ tasks(first: 1, order: [{ number: ASC }]) { nodes { id number departments { department { id name } } } } }`);
const report = (summary, percent) => ({ input: { taskId: subject.id, departmentId: subject.departments[0].department.id, period: '2023-06', status: 'AT_RISK', progressPercent: percent, summary } });

// ---------------------------------------------------------------------------------------------------------- Relay
async function relay() {
  const sent = [];
  const environment = new Environment({
    network: Network.create(async (params, variables) => {
      // The compiled artifacts carry ids only (persistConfig): the server runs the registered documents.
      sent.push(params.id ? 'id' : 'text');
      const response = await fetch(url, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...auth },
        body: JSON.stringify({ documentId: `sha256:${params.id}`, variables }),
      });
      return response.json();
    }),
    store: new Store(new RecordSource()),
  });
  const edges = () => {
    const root = environment.getStore().getSource().get('client:root');
    let found = [];
    environment.commitUpdate(store => {
      const connection = ConnectionHandler.getConnection(store.getRoot(), 'RelayTasksFragment_tasks', { order: [{ number: 'ASC' }] });
      found = (connection?.getLinkedRecords('edges') ?? []).map(edge => ({ cursor: edge.getValue('cursor'), number: edge.getLinkedRecord('node')?.getValue('number') }));
    });
    return root ? found : [];
  };
  await fetchQuery(environment, RelayTasksQuery, { count: 5 }).toPromise();
  const firstPage = edges();
  await fetchQuery(environment, RelayTasksPaginationQuery, { count: 5, cursor: firstPage.at(-1)?.cursor }).toPromise();
  const twoPages = edges();
  check('Relay', 'forward paging with @connection gives the first ten tasks in order', JSON.stringify(twoPages.map(e => e.number)) === JSON.stringify(numbers.slice(0, 10)),
    JSON.stringify(twoPages.map(e => e.number)));
  const before = await fetchQuery(environment, RelayTasksBeforeQuery, { count: 3, cursor: twoPages.at(-1)?.cursor }).toPromise();
  check('Relay', 'backward paging (last/before) gives the three tasks before the cursor', JSON.stringify(before.tasks.edges.map(e => e.node.number)) === JSON.stringify(numbers.slice(6, 9))
    && before.tasks.pageInfo.hasPreviousPage === true, JSON.stringify(before.tasks));
  const refetched = await fetchQuery(environment, RelayTaskRefetchQuery, { id: subject.id }).toPromise();
  // The answer is masked (the fragment's data lives in the store, under the node's id).
  const refetchedRecord = environment.getStore().getSource().get(subject.id);
  check('Relay', '@refetchable refetches a task through node(id:)', refetched.node?.__id === subject.id && refetchedRecord?.number === subject.number
    && typeof refetchedRecord?.latestStatus === 'string', JSON.stringify(refetchedRecord));
  const mutated = await new Promise((resolve, reject) => commitMutation(environment, {
    mutation: RelaySubmitMutation, variables: report('Relay 客户端报送', 31), onCompleted: resolve, onError: reject,
  }));
  const record = environment.getStore().getSource().get(subject.id);
  check('Relay', 'a mutation updates the task in the normalized store', mutated.submitProgressReport.errors.length === 0 && record?.latestProgressPercent === 31,
    JSON.stringify(mutated.submitProgressReport.errors ?? record));
  check('Relay', 'every request sent a persisted id, never a text', sent.length > 0 && sent.every(s => s === 'id'), sent.join(','));
  return `paged forward and back, refetched through node, mutated (${sent.length} requests by persisted id)`;
}

// ---------------------------------------------------------------------------------------------------------- Apollo
async function apollo() {
  const requests = [];
  const wsClient = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { ...auth } });
  const http = new HttpLink({
    uri: url, headers: auth,
    fetch: (input, init) => { requests.push(JSON.parse(init.body)); return fetch(input, init); },
  });
  const persisted = new PersistedQueryLink({ sha256: text => createHash('sha256').update(text).digest('hex') });
  const link = ApolloLink.split(
    ({ query }) => query.definitions.some(d => d.kind === 'OperationDefinition' && d.operation === 'subscription'),
    new GraphQLWsLink(wsClient),
    persisted.concat(http));
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({ typePolicies: { ...apolloTypePolicies, Query: { fields: { tasks: relayStylePagination(['where', 'order']) } } } }),
  });
  // A document of this run only (its alias), so that the server cannot have seen its hash before.
  const run = `run${Date.now()}`;
  const TASKS = apolloGql(`query ApolloTasks($after: String) { ${run}: __typename tasks(first: 5, after: $after, order: [{ number: ASC }]) { edges { cursor node { id number latestProgressPercent } } pageInfo { hasNextPage endCursor } } }`);
  const first = await client.query({ query: TASKS });
  // As fetchMore does: relayStylePagination's read answers any page from the cache, so the next one is fetched.
  await client.query({ query: TASKS, variables: { after: first.data.tasks.pageInfo.endCursor }, fetchPolicy: 'network-only' });
  const merged = client.readQuery({ query: TASKS });
  check('Apollo', 'relayStylePagination merges two pages into the first ten tasks', JSON.stringify(merged.tasks.edges.map(e => e.node.number)) === JSON.stringify(numbers.slice(0, 10)),
    JSON.stringify(merged.tasks.edges.map(e => e.node.number)));
  check('Apollo', 'automatic persisted queries: a hash first, the text after PersistedQueryNotFound, the hash alone later',
    requests[0]?.extensions?.persistedQuery && !requests[0].query && requests[1]?.query && !requests[2]?.query,
    JSON.stringify(requests.map(r => ({ text: !!r.query, hash: !!r.extensions?.persistedQuery }))));

  const events = [];
  const subscription = client.subscribe({ query: apolloGql`subscription ApolloReports { progressReportSubmitted { id summary task { id number } } }` })
    .subscribe({ next: value => events.push(value.data.progressReportSubmitted) });
  await new Promise(resolve => setTimeout(resolve, 500));
  const mutation = await client.mutate({
    mutation: apolloGql`mutation ApolloSubmit($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { progressReport { id task { id latestProgressPercent } } errors { code } } }`,
    variables: report('Apollo 客户端报送', 42),
  });
  const cached = merged.tasks.edges[0].node.id === subject.id
    ? client.readQuery({ query: TASKS }).tasks.edges[0].node.latestProgressPercent : null;
  check('Apollo', 'a mutation updates the task in the normalized cache (the list read shows the new figure)',
    mutation.data.submitProgressReport.errors.length === 0 && cached === 42, `cached ${cached}`);
  for (let i = 0; i < 40 && !events.some(e => e.summary === 'Apollo 客户端报送'); i++) await new Promise(resolve => setTimeout(resolve, 100));
  check('Apollo', 'the subscription over graphql-ws hears of the report', events.some(e => e.summary === 'Apollo 客户端报送'), JSON.stringify(events));
  subscription.unsubscribe();
  await wsClient.dispose();
  client.stop();
  return `paged with relayStylePagination, persisted queries fell back and hashed, mutated, subscribed (${events.length} event)`;
}

// ---------------------------------------------------------------------------------------------------------- urql
async function urql() {
  const warnings = [];
  const warn = console.warn;
  console.warn = (...args) => warnings.push(args.join(' '));
  const accepts = [];
  try {
    const client = new UrqlClient({
      url,
      fetchSubscriptions: true,
      fetch: (input, init) => { accepts.push(new Headers(init.headers).get('accept')); return fetch(input, init); },
      fetchOptions: { headers: auth },
      exchanges: [cacheExchange({ keys: urqlKeys, resolvers: { Query: { tasks: relayPagination() } } }), fetchExchange],
    });
    const TASKS = urqlGql`query UrqlTasks($after: String) { tasks(first: 5, after: $after, order: [{ number: ASC }]) {
      edges { cursor node { id number latestProgressPercent departments { id isLead department { id name } } } } pageInfo { hasNextPage endCursor } } }`;
    const first = await client.query(TASKS, {}).toPromise();
    const second = await client.query(TASKS, { after: first.data.tasks.pageInfo.endCursor }).toPromise();
    check('urql', 'queries answer with its default Accept header', !first.error && !second.error, String(first.error ?? second.error));
    const merged = await client.query(TASKS, {}, { requestPolicy: 'cache-only' }).toPromise();
    check('urql', 'relayPagination merges two pages into the first ten tasks', JSON.stringify(merged.data?.tasks.edges.map(e => e.node.number)) === JSON.stringify(numbers.slice(0, 10)),
      JSON.stringify(merged.data?.tasks.edges.map(e => e.node.number)));

    const events = [];
    const { unsubscribe } = client.subscription(urqlGql`subscription UrqlReports { progressReportSubmitted { id summary task { id number } } }`, {})
      .subscribe(result => { if (result.data) events.push(result.data.progressReportSubmitted); });
    await new Promise(resolve => setTimeout(resolve, 500));
    const mutation = await client.mutation(urqlGql`mutation UrqlSubmit($input: SubmitProgressReportInput!) {
      submitProgressReport(input: $input) { progressReport { id task { id latestProgressPercent } } errors { code } } }`, report('urql 客户端报送', 53)).toPromise();
    check('urql', 'a mutation with the default Accept header is answered as JSON', !mutation.error && mutation.data?.submitProgressReport.errors.length === 0, String(mutation.error));
    const cached = await client.query(TASKS, {}, { requestPolicy: 'cache-only' }).toPromise();
    check('urql', 'the mutation updates the task in graphcache', cached.data?.tasks.edges.find(e => e.node.id === subject.id)?.node.latestProgressPercent === 53);
    for (let i = 0; i < 40 && !events.some(e => e.summary === 'urql 客户端报送'); i++) await new Promise(resolve => setTimeout(resolve, 100));
    check('urql', 'the subscription over its fetch transport (an event stream) hears of the report', events.some(e => e.summary === 'urql 客户端报送'), JSON.stringify(events));
    unsubscribe();
  } finally {
    console.warn = warn;
  }
  const invalid = warnings.filter(w => w.includes('Invalid key') || w.includes('Invalid undefined'));
  check('urql', 'graphcache logs no "Invalid key" warning with docs/clients/cache-keys.mjs', invalid.length === 0, invalid.slice(0, 3).join(' | '));
  check('urql', 'its default Accept header was sent', accepts.some(a => a?.includes('text/event-stream') && a?.includes('application/graphql-response+json')), accepts[0] ?? 'none');
  return `paged with relayPagination, mutated and subscribed with its default Accept header, ${warnings.length} graphcache warnings`;
}

const results = [];
for (const [name, run] of [['Relay', relay], ['Apollo', apollo], ['urql', urql]]) {
  try {
    results.push(`${name}: ${await withTimeout(run(), 30000, name)}`);
  } catch (error) {
    failures.push(`${name}: ${error.stack ?? error}`);
  }
}
if (failures.length > 0) {
  console.error(`real clients: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`real clients: ${results.join('; ')}`);
process.exit(0);
