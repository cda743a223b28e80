-- quarters: every task's standing as of the last month of each quarter of its plan's year (schema public).
SELECT q."Year", q."Month" / 3 AS quarter, count(*) AS tasks,
       sum(CASE WHEN s."Status" = 'Completed' THEN 1 ELSE 0 END) AS completed,
       sum(CASE WHEN coalesce(s."LastReportedMonth", 0) < q."Year" * 100 + q."Month" THEN 1 ELSE 0 END) AS overdue,
       avg(s."Percent") AS average_progress, coalesce(sum(s."FactCount"), 0) AS reports
  FROM public."WorkTasks" t
  JOIN public."Plans" pl ON pl."Id" = t."PlanId"
  JOIN public."ReportPeriods" q ON q."Year" = pl."Year" AND q."Month" % 3 = 0
  LEFT JOIN public."TaskPeriodProgress" s ON s."WorkTaskId" = t."Id" AND s."PeriodMonth" = q."Year" * 100 + q."Month"
 GROUP BY q."Id", q."Year", q."Month"
 ORDER BY q."Id";
