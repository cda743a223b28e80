-- standing-sort: the 50 most severe tasks (DELAYED, AT_RISK, NOT_REPORTED, NOT_STARTED, ON_TRACK, COMPLETED), least
-- progress first among equals, over this server's projection (schema public). Overdue as of now (due month 2023-12).
SELECT t."Number", coalesce(p."LatestStatus", 'NotReported') AS status, p."LatestPercent", p."LastReportedMonth",
       coalesce(p."LastReportedMonth", 0) < 202312 AS overdue
  FROM public."WorkTasks" t
  LEFT JOIN public."TaskProgress" p ON p."WorkTaskId" = t."Id"
 ORDER BY CASE coalesce(p."LatestStatus", 'NotReported') WHEN 'Delayed' THEN 5 WHEN 'AtRisk' THEN 4 WHEN 'NotReported' THEN 3
                                                        WHEN 'NotStarted' THEN 2 WHEN 'OnTrack' THEN 1 ELSE 0 END DESC,
          p."LatestPercent" ASC NULLS FIRST, t."Id"
 LIMIT 51;
