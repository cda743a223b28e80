-- compliance: for 2023-06, per department, the reports expected (a task and a department responsible for it), on
-- time and late, over this server's report facts (schema public). PostGraphile has no way to ask it.
SELECT d."Name", count(*) AS expected,
       count(*) FILTER (WHERE f."SubmittedLate" = false) AS on_time,
       count(*) FILTER (WHERE f."SubmittedLate") AS late
  FROM public."TaskDepartments" l
  JOIN public."Departments" d ON d."Id" = l."DepartmentId"
  LEFT JOIN public."ReportFacts" f ON f."WorkTaskId" = l."WorkTaskId" AND f."DepartmentId" = l."DepartmentId"
        AND f."ReportPeriodId" = (SELECT "Id" FROM public."ReportPeriods" WHERE "Year" = 2023 AND "Month" = 6)
 GROUP BY d."Id", d."Name"
 ORDER BY count(*) FILTER (WHERE f."SubmittedLate" = false)::float / count(*) DESC, count(*) DESC, d."Id";
