-- standing-filter: the tasks concerning 金庭镇 (named, or through a collective entry) on which 资规分局's own latest
-- status is not COMPLETED, least progress first (never reported first), with 资规分局's own standing; over this
-- server's projection (schema public).
SELECT t."Number", coalesce(p."LatestStatus", 'NotReported') AS status, l."IsLead",
       coalesce(dp."LatestStatus", 'NotReported') AS own_status, dp."LatestPercent" AS own_percent
  FROM public."WorkTasks" t
  JOIN public."TaskDepartments" l ON l."WorkTaskId" = t."Id"
  JOIN public."Departments" d ON d."Id" = l."DepartmentId" AND d."Name" = '资规分局'
  LEFT JOIN public."TaskDepartmentProgress" dp ON dp."WorkTaskId" = t."Id" AND dp."DepartmentId" = d."Id"
  LEFT JOIN public."TaskProgress" p ON p."WorkTaskId" = t."Id"
 WHERE coalesce(dp."LatestStatus", 'NotReported') <> 'Completed'
   AND t."Id" IN (SELECT c."WorkTaskId" FROM public."TaskCoverage" c JOIN public."Districts" x ON x."Id" = c."DistrictId" WHERE x."Name" = '金庭镇')
 ORDER BY p."LatestPercent" ASC NULLS FIRST, t."Id"
 LIMIT 1001;
