using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Goals;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Goals;

/// <summary>The goals of tasks or targets with their latest figures: two batched statements per level.</summary>
public static class GoalLoader
{
    public static IDataLoaderResult<IReadOnlyList<GoalView>> ForTask(IResolveFieldContext context, int taskId)
    {
        var db = context.Db();
        var goals = context.LoadChildren<Goal>("WorkTask.goals", taskId,
            ids => db.Goals.AsNoTracking().Where(g => g.WorkTaskId != null && ids.Contains(g.WorkTaskId.Value)).OrderBy(g => g.Number),
            g => g.WorkTaskId!.Value);
        var latest = context.Loaders().Get<int, decimal?>("WorkTask.latestFigure", null, async (ids, cancellationToken) =>
            (await db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.Id))
                .Select(t => new
                {
                    t.Id,
                    Figure = db.ProgressReports.Where(r => r.WorkTaskId == t.Id && r.QuantityReached != null)
                        .OrderByDescending(r => r.Period!.Year).ThenByDescending(r => r.Period!.Month).ThenByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
                        .Select(r => r.QuantityReached).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken)).ToDictionary(x => x.Id, x => x.Figure), null).Load(taskId);
        return DataLoaderResults.Zip(goals, latest, Views);
    }

    public static IDataLoaderResult<IReadOnlyList<GoalView>> ForTarget(IResolveFieldContext context, int targetId)
    {
        var db = context.Db();
        var goals = context.LoadChildren<Goal>("Target.goals", targetId,
            ids => db.Goals.AsNoTracking().Where(g => g.TargetId != null && ids.Contains(g.TargetId.Value)).OrderBy(g => g.Number),
            g => g.TargetId!.Value);
        var latest = context.Loaders().Get<int, decimal?>("Target.latestFigure", null, async (ids, cancellationToken) =>
            (await db.Targets.AsNoTracking().Where(t => ids.Contains(t.Id))
                .Select(t => new
                {
                    t.Id,
                    Figure = db.TargetReports.Where(r => r.TargetId == t.Id)
                        .OrderByDescending(r => r.Period!.Year).ThenByDescending(r => r.Period!.Month).ThenByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
                        .Select(r => (decimal?)r.ActualValue).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken)).ToDictionary(x => x.Id, x => x.Figure), null).Load(targetId);
        return DataLoaderResults.Zip(goals, latest, Views);
    }

    private static IReadOnlyList<GoalView> Views(IReadOnlyList<Goal> goals, decimal? latest) =>
        goals.Select(g => new GoalView(g, g.Number == 1 ? latest : null)).ToList();
}
