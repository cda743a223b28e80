// Loads one GraphQL endpoint with one question, with autocannon's API (the same settings for every server), and
// prints autocannon's JSON result. A question whose document declares $department and $district gets another pair on
// every request, as dashboards vary their arguments. With BENCH_FRESH=1 every request asks for a fresh answer
// (Cache-Control: no-cache): this server then computes each one, as it did before it had a response cache.
//   node load.mjs URL DOCUMENT.graphql SECONDS CONNECTIONS
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [url, documentPath, seconds, connections] = process.argv.slice(2);
const query = readFileSync(documentPath, "utf8");
const departments = ["资规分局", "水务局", "发改委", "工信局", "住建局", "交运局", "农业农村局", "生态环境局", "商务局", "科技局", "文体旅局"];
const districts = ["金庭镇", "东山镇", "光福镇", "临湖镇", "甪直镇", "木渎镇", "胥口镇", "越溪街道", "横泾街道", "香山街道", "城南街道",
  "长桥街道", "郭巷街道", "度假区", "经开区", "高新区", "太湖新城"];
const varied = query.includes("$department");
let round = 0;
const body = () => JSON.stringify(varied
  ? { query, variables: { department: departments[round % departments.length], district: districts[Math.floor(round++ / departments.length) % districts.length] } }
  : { query });

const result = await autocannon({
  url,
  method: "POST",
  headers: process.env.BENCH_FRESH === "1" ? { "content-type": "application/json", "cache-control": "no-cache" } : { "content-type": "application/json" },
  connections: Number(connections),
  duration: Number(seconds),
  body: body(),
  requests: varied ? [{ setupRequest: (request) => ({ ...request, body: body() }) }] : undefined,
});
process.stdout.write(JSON.stringify(result));
