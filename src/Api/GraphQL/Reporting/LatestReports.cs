using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>Each task's latest report (latest period, then latest submission), batched for every task of a level.</summary>
public static class LatestReports
{
    public static IDataLoaderResult<ProgressReport?> Load(IResolveFieldContext context, int taskId)
    {
        var db = context.Db();
        return context.Loaders().Get<int, ProgressReport?>("WorkTask.latestReport", null, async (ids, cancellationToken) =>
        {
            var latest = await db.WorkTasks.AsNoTracking()
                .Where(t => ids.Contains(t.Id))
                .Select(t => db.ProgressReports
                    .Where(r => r.WorkTaskId == t.Id)
                    .OrderByDescending(r => r.Period!.Year).ThenByDescending(r => r.Period!.Month)
                    .ThenByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
                    .FirstOrDefault())
                .ToListAsync(cancellationToken);
            return latest.OfType<ProgressReport>().ToDictionary(r => r.WorkTaskId, ProgressReport? (r) => r);
        }, null).Load(taskId);
    }
}
