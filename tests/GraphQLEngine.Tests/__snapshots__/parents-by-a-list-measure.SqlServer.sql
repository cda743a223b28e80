DECLARE @p int = 11;
DECLARE @Value int = 3;

SELECT TOP(@p) [a].[Id], [a].[Name], ISNULL([b0].[Item2], 0)
FROM [Authors] AS [a]
LEFT JOIN (
    SELECT [b].[AuthorId] AS [Item1], COUNT(*) AS [Item2]
    FROM [Books] AS [b]
    GROUP BY [b].[AuthorId]
) AS [b0] ON [a].[Id] = [b0].[Item1]
WHERE ISNULL([b0].[Item2], 0) < @Value
ORDER BY ISNULL([b0].[Item2], 0), [a].[Id]
