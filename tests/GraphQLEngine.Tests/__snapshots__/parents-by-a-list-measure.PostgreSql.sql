-- @Value='3'
-- @p='11'
SELECT a."Id", a."Name", COALESCE(b0."Item2", 0)
FROM "Authors" AS a
LEFT JOIN (
    SELECT b."AuthorId" AS "Item1", count(*)::int AS "Item2"
    FROM "Books" AS b
    GROUP BY b."AuthorId"
) AS b0 ON a."Id" = b0."Item1"
WHERE COALESCE(b0."Item2", 0) < @Value
ORDER BY COALESCE(b0."Item2", 0), a."Id"
LIMIT @p
