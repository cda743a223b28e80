-- @p='4'
SELECT b."Id", b."AuthorId", b."Title", b."Year"
FROM "Books" AS b
ORDER BY b."Year", b."Id"
LIMIT @p
