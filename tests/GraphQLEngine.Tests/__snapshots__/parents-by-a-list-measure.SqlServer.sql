DECLARE @p int = 11;
DECLARE @Value int = 3;

SELECT TOP(@p) [a].[Id], [a].[Name], ISNULL([b1].[Item2], 0)
FROM [Authors] AS [a]
LEFT JOIN (
    SELECT [b0].[Item1], ISNULL(SUM([b0].[Item3]), 0) AS [Item2]
    FROM (
        SELECT DISTINCT [b].[AuthorId] AS [Item1], [b].[Id] AS [Item10], 1 AS [Item3]
        FROM [Books] AS [b]
    ) AS [b0]
    GROUP BY [b0].[Item1]
) AS [b1] ON [a].[Id] = [b1].[Item1]
WHERE ISNULL([b1].[Item2], 0) < @Value
ORDER BY ISNULL([b1].[Item2], 0), [a].[Id]
