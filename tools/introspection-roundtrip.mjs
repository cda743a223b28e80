// graphql-js's introspection query with repeatable directives (October 2021) against a live server: it must validate,
// build a client schema, and print as the same schema as schema.graphql (both sorted and printed by graphql-js, so
// that only meaning is compared, not layout). Then the deprecation of input values as the server answers it: fields'
// args and input fields with includeDeprecated, isDeprecated and deprecationReason. (graphql-js's inputValueDeprecation
// option also asks it of directives' args, which GraphQL.NET 8 does not serve; nor does it serve specifiedByURL.)
// node introspection-roundtrip.mjs <graphql url>
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const url = process.argv[2] ?? 'http://127.0.0.1:5000/graphql';
const query = getIntrospectionQuery({ descriptions: true, directiveIsRepeatable: true, schemaDescription: true });
const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }) });
const answer = await response.json();
if (response.status !== 200 || answer.errors) {
  console.error(`introspection round trip: FAILED the server answered ${response.status}: ${JSON.stringify(answer.errors)}`);
  process.exit(1);
}
const live = printSchema(lexicographicSortSchema(buildClientSchema(answer.data)));
const file = printSchema(lexicographicSortSchema(buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'))));
if (live !== file) {
  const [a, b] = [live.split('\n'), file.split('\n')];
  const at = a.findIndex((line, i) => line !== b[i]);
  console.error(`introspection round trip: FAILED the live schema differs from schema.graphql at line ${at + 1}:\n  live: ${a[at]}\n  file: ${b[at]}`);
  process.exit(1);
}
const deprecation = await (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: `{
  filter: __type(name: "WorkTaskFilterInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
  query: __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated } } } }` }) })).json();
if (deprecation.errors || !deprecation.data.filter.inputFields.every(f => typeof f.isDeprecated === 'boolean')) {
  console.error(`introspection round trip: FAILED input value deprecation: ${JSON.stringify(deprecation.errors ?? deprecation.data).slice(0, 400)}`);
  process.exit(1);
}
console.log(`introspection round trip: graphql-js's getIntrospectionQuery (isRepeatable) builds the schema of schema.graphql (${live.split('\n').length} lines); `
  + 'input fields and arguments answer includeDeprecated and isDeprecated');
