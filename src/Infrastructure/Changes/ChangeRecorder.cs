using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// Writes a <see cref="DataChange"/> in the transaction of the write it describes: a rolled-back write leaves no
/// change, a committed one always does. On PostgreSQL it also sends <c>NOTIFY</c> in that transaction (delivered
/// only at commit), so other processes learn of it at once; elsewhere they find it by polling the version.
/// </summary>
public sealed class ChangeRecorder(WuzhongDbContext db, TimeProvider clock, CommittedChangeSignal signal)
{
    /// <summary>The PostgreSQL channel; its payload is the version.</summary>
    public const string Channel = "wuzhong_changes";

    public async Task<long> RecordAsync(DataChange change, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change is recorded inside the transaction that makes it.");
        }
        // The increment holds the version row until commit: writers are numbered in commit order.
        await db.DataVersions.Where(v => v.Id == DataVersion.SingletonId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Value, v => v.Value + 1), cancellationToken);
        change.Version = await db.DataVersions.Where(v => v.Id == DataVersion.SingletonId).Select(v => v.Value).SingleAsync(cancellationToken);
        change.CommittedAt = clock.GetUtcNow();
        db.DataChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            var payload = change.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
        }
        signal.Expect(db);
        return change.Version;
    }
}
