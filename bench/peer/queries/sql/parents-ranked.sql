-- parents-ranked: the 20 departments with the most overdue tasks (no report for 2023-12, the last month due), with
-- their task and overdue counts, over this server's projection (schema public).
SELECT d."Name", count(*) AS tasks, sum(CASE WHEN coalesce(p."LastReportedMonth", 0) < 202312 THEN 1 ELSE 0 END) AS overdue
  FROM public."Departments" d
  JOIN public."TaskDepartments" l ON l."DepartmentId" = d."Id"
  LEFT JOIN public."TaskProgress" p ON p."WorkTaskId" = l."WorkTaskId"
 GROUP BY d."Id", d."Name"
HAVING sum(CASE WHEN coalesce(p."LastReportedMonth", 0) < 202312 THEN 1 ELSE 0 END) > 0
 ORDER BY overdue DESC, d."Id"
 LIMIT 21;
