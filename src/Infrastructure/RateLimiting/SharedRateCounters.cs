using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.RateLimiting;

/// <summary>
/// Per-caller request counts shared by every server process on the database: each process adds what it admitted and
/// reads back the total (one upsert per caller and budget, in one transaction), so that a caller's limit holds
/// however many processes it reaches.
/// </summary>
public sealed class SharedRateCounters(WuzhongDbContext db)
{
    public const int MaxCallerLength = 200;

    /// <summary>Adds each increment to its counter and returns the counters' new totals, in order.</summary>
    public async Task<IReadOnlyList<int>> AddAsync(IReadOnlyList<(string Budget, string Caller, long Minute, int Increment)> increments,
        CancellationToken cancellationToken)
    {
        var totals = new List<int>(increments.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (budget, caller, minute, increment) in increments)
        {
            var key = caller.Length <= MaxCallerLength ? caller : caller[..MaxCallerLength];
            var total = db.Database.IsSqlServer()
                ? db.Database.SqlQuery<int>($"""
                    MERGE [RateCounters] WITH (HOLDLOCK) AS t
                    USING (VALUES ({budget}, {key}, {minute}, {increment})) AS s ([Budget], [Caller], [Minute], [Count])
                    ON t.[Budget] = s.[Budget] AND t.[Caller] = s.[Caller] AND t.[Minute] = s.[Minute]
                    WHEN MATCHED THEN UPDATE SET t.[Count] = t.[Count] + s.[Count]
                    WHEN NOT MATCHED THEN INSERT ([Budget], [Caller], [Minute], [Count]) VALUES (s.[Budget], s.[Caller], s.[Minute], s.[Count])
                    OUTPUT inserted.[Count] AS [Value];
                    """)
                // PostgreSQL and SQLite (3.35+) share the upsert syntax.
                : db.Database.SqlQuery<int>($"""
                    INSERT INTO "RateCounters" ("Budget", "Caller", "Minute", "Count") VALUES ({budget}, {key}, {minute}, {increment})
                    ON CONFLICT ("Budget", "Caller", "Minute") DO UPDATE SET "Count" = "RateCounters"."Count" + excluded."Count"
                    RETURNING "Count" AS "Value"
                    """);
            totals.Add((await total.ToListAsync(cancellationToken)).Single());
        }
        await transaction.CommitAsync(cancellationToken);
        return totals;
    }

    /// <summary>Deletes the counters of minutes before <paramref name="minute"/>.</summary>
    public Task<int> ForgetBeforeAsync(long minute, CancellationToken cancellationToken) =>
        db.RateCounters.Where(c => c.Minute < minute).ExecuteDeleteAsync(cancellationToken);
}
