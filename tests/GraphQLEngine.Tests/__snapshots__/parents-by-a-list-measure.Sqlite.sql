.param set @Value 3
.param set @p 11

SELECT "a"."Id", "a"."Name", COALESCE("b1"."Item2", 0)
FROM "Authors" AS "a"
LEFT JOIN (
    SELECT "b0"."Item1", COALESCE(SUM("b0"."Item3"), 0) AS "Item2"
    FROM (
        SELECT DISTINCT "b"."AuthorId" AS "Item1", "b"."Id" AS "Item10", 1 AS "Item3"
        FROM "Books" AS "b"
    ) AS "b0"
    GROUP BY "b0"."Item1"
) AS "b1" ON "a"."Id" = "b1"."Item1"
WHERE COALESCE("b1"."Item2", 0) < @Value
ORDER BY COALESCE("b1"."Item2", 0), "a"."Id"
LIMIT @p
