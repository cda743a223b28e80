-- report-aggregates: progress reports per department and quarter, the 20 largest groups (schema public); the totals
-- of the same question are a second, smaller statement in our answer and are not counted here.
SELECT d."Name", p."Year", (p."Month" + 2) / 3 AS quarter, count(*) AS reports,
       sum(CASE WHEN r."IsLate" THEN 1 ELSE 0 END) AS late, avg(r."ProgressPercent") AS average_progress
  FROM public."ProgressReports" r
  JOIN public."ReportPeriods" p ON p."Id" = r."ReportPeriodId"
  JOIN public."Departments" d ON d."Id" = r."DepartmentId"
 GROUP BY d."Id", d."Name", p."Year", (p."Month" + 2) / 3
 ORDER BY reports DESC, d."Id", p."Year", quarter
 LIMIT 20;
