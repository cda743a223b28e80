-- trend: every period of each plan's year with the tasks' standing as of it (gap-filled), over this server's
-- projection (schema public). PostGraphile has no way to ask it.
SELECT p."Year", p."Month", count(*) AS tasks,
       count(*) FILTER (WHERE s."Status" = 'Completed') AS completed,
       count(*) FILTER (WHERE s."LastReportedMonth" IS NULL OR s."LastReportedMonth" < p."Year" * 100 + p."Month") AS overdue,
       avg(s."Percent") AS average_progress
  FROM public."WorkTasks" t
  JOIN public."Plans" pl ON pl."Id" = t."PlanId"
  JOIN public."ReportPeriods" p ON p."Year" = pl."Year"
  LEFT JOIN public."TaskPeriodProgress" s ON s."WorkTaskId" = t."Id" AND s."PeriodMonth" = p."Year" * 100 + p."Month"
 GROUP BY p."Id", p."Year", p."Month"
 ORDER BY p."Id";
