-- department-status: tasks per department and latest status, groups of 3 or more, largest first, the first 10,
-- over this server's projection (schema public). PostGraphile cannot group by a computed standing.
SELECT d."Name", coalesce(s."LatestStatus", 'NotReported') AS status, count(*) AS tasks, avg(s."LatestPercent") AS average_progress
  FROM public."TaskDepartments" l
  JOIN public."Departments" d ON d."Id" = l."DepartmentId"
  LEFT JOIN public."TaskProgress" s ON s."WorkTaskId" = l."WorkTaskId"
 GROUP BY d."Id", d."Name", coalesce(s."LatestStatus", 'NotReported')
HAVING count(*) >= 3
 ORDER BY count(*) DESC, d."Id"
 LIMIT 10;
