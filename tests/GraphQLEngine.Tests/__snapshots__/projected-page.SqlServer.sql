DECLARE @p int = 4;

SELECT TOP(@p) [b].[Id], [b].[AuthorId], [b].[Title], [b].[Year]
FROM [Books] AS [b]
ORDER BY [b].[Year], [b].[Id]
