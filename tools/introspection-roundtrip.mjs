// graphql-js's full introspection query of the October 2021 specification (specifiedByURL, isRepeatable, deprecated
// arguments and input fields, on fields' and directives' args) against a live server: it must validate, build a client
// schema, and print as the same schema as schema.graphql (both sorted and printed by graphql-js, so that only meaning
// is compared, not layout: @specifiedBy on each custom scalar included). Then the deprecation of input values as the
// server answers it: isDeprecated and deprecationReason on input fields and arguments.
// node introspection-roundtrip.mjs <graphql url>
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const url = process.argv[2] ?? 'http://127.0.0.1:5000/graphql';
const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }) });
const answer = await response.json();
if (response.status !== 200 || answer.errors) {
  console.error(`introspection round trip: FAILED the server answered ${response.status}: ${JSON.stringify(answer.errors)}`);
  process.exit(1);
}
const live = printSchema(lexicographicSortSchema(buildClientSchema(answer.data)));
const file = printSchema(lexicographicSortSchema(buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'))));
const scalars = Object.values(buildClientSchema(answer.data).getTypeMap()).filter(t => t.constructor.name === 'GraphQLScalarType' && !t.name.startsWith('__')
  && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));
const unspecified = scalars.filter(t => !t.specifiedByURL).map(t => t.name);
if (unspecified.length > 0) {
  console.error(`introspection round trip: FAILED custom scalars without specifiedByURL: ${unspecified.join(', ')}`);
  process.exit(1);
}
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
console.log(`introspection round trip: graphql-js's full getIntrospectionQuery (specifiedByURL, isRepeatable, inputValueDeprecation) builds the schema `
  + `of schema.graphql (${live.split('\n').length} lines; ${scalars.map(t => t.name).join(', ')} specified by URL); input fields and arguments answer isDeprecated`);
