// PostGraphile 5 configuration for the side-by-side benchmark (bench/peer/run.sh).
// Run from the folder that holds node_modules (run.sh copies this file there).
// Env: PEER_DATABASE_URL, PEER_SCHEMA (default peer), PEER_GQL_PORT (default 5678).
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";

const connectionString =
  process.env.PEER_DATABASE_URL ?? "postgres://wz:wzpass@127.0.0.1:55440/wuzhong_bench";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [
    PostGraphileAmberPreset,
    PostGraphileConnectionFilterPreset,
    PgAggregatesPreset,
  ],
  pgServices: [makePgService({ connectionString, schemas: [process.env.PEER_SCHEMA ?? "peer"] })],
  schema: {
    // relation filters (`some`/`every`/`none` over backward relations, and forward relations)
    connectionFilterRelations: true,
  },
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PEER_GQL_PORT ?? 5678),
    graphqlPath: "/graphql",
    watch: false,
  },
  grafast: {
    explain: false,
  },
  disablePlugins: ["PgIndexBehaviorsPlugin"],
};

export default preset;
