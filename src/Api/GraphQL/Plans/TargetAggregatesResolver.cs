using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Goals;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>
/// Resolves <c>aggregates</c> of a target connection: one statement reads each target's first goal and latest actual
/// value (for every parent of a level), and the measures are summed up here, by the Domain's rule
/// (<see cref="Goal.IsMetBy"/>). A plan has eleven targets: the rows are few, and SQLite cannot compare or divide the
/// decimals in SQL (it stores them as text).
/// </summary>
public static class TargetAggregatesResolver
{
    private sealed record TargetStanding(int ScopeId, decimal? Goal, GoalComparison? Comparison, decimal? Latest);

    public static IDataLoaderResult<TargetAggregate> Aggregates(IResolveFieldContext<Connection<Target>> context)
    {
        var scope = context.Source.Scope ?? throw new InvalidOperationException("the connection has no scope");
        var db = context.Db();
        return context.Loaders().Get<int, TargetAggregate>("Targets.aggregates", scope.Key, async (ids, cancellationToken) =>
            {
                var rows = await scope.Items(ids).Select(s => new TargetStanding(
                        s.ScopeId,
                        db.Goals.Where(g => g.TargetId == s.Item.Id && g.Number == 1).Select(g => (decimal?)g.Value).FirstOrDefault(),
                        db.Goals.Where(g => g.TargetId == s.Item.Id && g.Number == 1).Select(g => (GoalComparison?)g.Comparison).FirstOrDefault(),
                        db.TargetReports.Where(r => r.TargetId == s.Item.Id)
                            .OrderByDescending(r => r.Period!.Year).ThenByDescending(r => r.Period!.Month).ThenByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id)
                            .Select(r => (decimal?)r.ActualValue).FirstOrDefault()))
                    .ToListAsync(cancellationToken);
                return rows.GroupBy(r => r.ScopeId).ToDictionary(g => g.Key, g => Measure(g.ToList()));
            }, new TargetAggregate(0, 0, 0, null))
            .Load(scope.Id);
    }

    private static TargetAggregate Measure(IReadOnlyList<TargetStanding> targets)
    {
        var reported = targets.Where(t => t.Latest is not null && t.Goal is not null).ToList();
        var shares = reported.Where(t => t.Goal != 0).Select(t => (double)(t.Latest!.Value / t.Goal!.Value)).ToList();
        return new TargetAggregate(
            targets.Count,
            targets.Count(t => t.Latest is not null),
            reported.Count(t => Goal.IsMet(t.Comparison!.Value, t.Goal!.Value, t.Latest!.Value)),
            shares.Count == 0 ? null : shares.Average());
    }
}
