using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>Each task's row of the analytics projection (none until it is reported), batched per level.</summary>
public static class TaskProgressLoader
{
    public static IDataLoaderResult<TaskProgress?> Load(IResolveFieldContext context, int taskId)
    {
        var db = context.Db();
        return context.Loaders().Get<int, TaskProgress?>("WorkTask.progress", null, async (ids, cancellationToken) =>
            (await db.TaskProgress.AsNoTracking().Where(p => ids.Contains(p.WorkTaskId)).ToListAsync(cancellationToken))
                .ToDictionary(p => p.WorkTaskId, TaskProgress? (p) => p), null).Load(taskId);
    }
}
