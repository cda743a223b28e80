using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// Aggregates of tasks over the analytics projection, as LINQ that EF turns into one statement per grouping: tasks
/// are spread over the requested dimensions, each row is joined to the task's standing now (<see cref="TaskProgress"/>)
/// or as of a period (<see cref="TaskPeriodProgress"/>), rows are grouped, measured (counts, sums, averages: ratios
/// from sums), filtered (having), ordered, cut, and joined to the key entities. The cost follows the number of tasks
/// and groups, never the number of reports: the projection holds one row per task (and period).
/// </summary>
public sealed class TaskAnalytics(WuzhongDbContext db, ReportingMoment moment)
{
    /// <summary>No limit: every report counts.</summary>
    public const int Always = 999_912;

    /// <summary>The key of a dimension that was not asked for.</summary>
    public const int NoKey = 0;

    /// <param name="asOfMonth">The standing as of this month (the end of a range); null: now.</param>
    /// <param name="fromMonth">The start of a range: reports of earlier months are not counted; null: from the first.</param>
    /// <param name="measures">The <see cref="TaskAggregate"/> measures to compute (property names); null: all of them.
    /// A measure not asked for is not computed, and its joins are not made.</param>
    public IQueryable<TaskAggregate> Aggregates(IQueryable<TaskInScope> tasks, IReadOnlySet<TaskDimension> dimensions, int? asOfMonth,
        IReadOnlySet<string>? measures = null, int? fromMonth = null)
    {
        var needsStanding = dimensions.Contains(TaskDimension.Status) || measures is null || measures.Any(m => m != nameof(TaskAggregate.Count));
        var needsPlan = needsStanding || TimeStep(dimensions) is not null;
        var rows = Spread(tasks, dimensions, asOfMonth, fromMonth, needsPlan);
        return Group(needsStanding ? Measure(rows, ByStanding(dimensions, asOfMonth), fromMonth is not null) : rows, dimensions, measures);
    }

    /// <summary>The months a time dimension steps by (PERIOD 1, QUARTER 3, HALF_YEAR 6, YEAR 12); null without one.</summary>
    public static int? TimeStep(IReadOnlySet<TaskDimension> dimensions) => TaskDimensions.TimeStep(dimensions);

    /// <summary>Current standing (one row per task) unless a moment is asked for, by asOf or by a time dimension.</summary>
    private static bool ByStanding(IReadOnlySet<TaskDimension> dimensions, int? asOfMonth) =>
        asOfMonth is not null || TimeStep(dimensions) is not null;

    /// <summary>
    /// The aggregates joined to the key entities of the dimensions asked for (the others stay null), each read with
    /// the columns <paramref name="columnsOf"/> gives (a <c>key => new Key { … }</c> projection; null: every column).
    /// </summary>
    public IQueryable<TaskGroupResult> WithKeys(IQueryable<TaskAggregate> aggregates, IReadOnlySet<TaskDimension> dimensions,
        Func<Type, LambdaExpression?> columnsOf)
    {
        var results = aggregates.Select(a => new TaskGroupResult { Aggregate = a });
        foreach (var dimension in TaskDimensions.Asked(dimensions).Where(d => d.KeyEntity is not null).DistinctBy(d => d.KeyMember))
        {
            var joinKey = JoinKeyOf.GetOrAdd(dimension.KeyEntity!, entity => JoinKeyMethod.MakeGenericMethod(entity));
            results = (IQueryable<TaskGroupResult>)joinKey.Invoke(null, [results, db, columnsOf, dimension.KeyColumn, dimension.KeyMember!])!;
        }
        return results;
    }

    private static readonly System.Reflection.MethodInfo JoinKeyMethod =
        typeof(TaskAnalytics).GetMethod(nameof(JoinKey), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    /// <summary><see cref="JoinKey{TKey}"/> for each key entity, made once.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.MethodInfo> JoinKeyOf = new();

    /// <summary>
    /// results LEFT JOIN keys: a copy of each result with <paramref name="member"/> set to its key entity, read with the
    /// columns <paramref name="columnsOf"/> gives for it (projected after the join, so that a missing key stays null).
    /// </summary>
    private static IQueryable<TaskGroupResult> JoinKey<TKey>(IQueryable<TaskGroupResult> results, WuzhongDbContext db, Func<Type, LambdaExpression?> columnsOf,
        string keyColumn, string member)
        where TKey : class
    {
        var keys = db.Set<TKey>();
        var group = Expression.Parameter(typeof(TaskGroupResult), "group");
        var foreignKey = Expression.Lambda<Func<TaskGroupResult, int?>>(
            Expression.Property(Expression.Property(group, nameof(TaskGroupResult.Aggregate)), keyColumn), group);
        var entity = Expression.Parameter(typeof(TKey), "entity");
        var key = Expression.Lambda<Func<TKey, int>>(Expression.Property(entity, "Id"), entity);
        var result = Expression.Parameter(typeof(TaskGroupResult), "result");
        var joined = Expression.Parameter(typeof(TKey), "key");
        Expression value = joined;
        if (columnsOf(typeof(TKey)) is Expression<Func<TKey, TKey>> projection)
        {
            value = Expression.Condition(Expression.Equal(joined, Expression.Constant(null, typeof(TKey))), Expression.Constant(null, typeof(TKey)),
                Expression.Invoke(projection, joined));
        }
        var copy = Expression.MemberInit(Expression.New(typeof(TaskGroupResult)), typeof(TaskGroupResult).GetProperties()
            .Select(p => Expression.Bind(p, p.Name == member ? value : Expression.Property(result, p))));
        var nullableKey = Expression.Lambda<Func<TKey, int?>>(Expression.Convert(key.Body, typeof(int?)), key.Parameters);
        return results.LeftJoin(keys, foreignKey, nullableKey, Expression.Lambda<Func<TaskGroupResult, TKey?, TaskGroupResult>>(copy, result, joined));
    }

    /// <summary>How many distinct departments (or districts, leaders) the tasks of each group name.</summary>
    public async Task<Dictionary<(int Scope, string Group), int>> DistinctCountsAsync(IQueryable<TaskInScope> tasks, IReadOnlySet<TaskDimension> dimensions,
        int? asOfMonth, int? fromMonth, DistinctMeasure measure, Func<AnalyticsRow, string> groupKey, CancellationToken cancellationToken)
    {
        var rows = Measure(Spread(tasks, dimensions, asOfMonth, fromMonth), ByStanding(dimensions, asOfMonth), fromMonth is not null);
        var pairs = measure switch
        {
            DistinctMeasure.Departments => rows.SelectMany(r => db.TaskDepartments.Where(l => l.WorkTaskId == r.TaskId), (r, l) => new { Row = r, Value = l.DepartmentId }),
            DistinctMeasure.Districts => rows.SelectMany(r => db.TaskDistricts.Where(l => l.WorkTaskId == r.TaskId), (r, l) => new { Row = r, Value = l.DistrictId }),
            _ => rows.SelectMany(r => db.TaskLeaders.Where(l => l.WorkTaskId == r.TaskId), (r, l) => new { Row = r, Value = l.LeaderId }),
        };
        // Rows not spread over a dimension hold NoKey in its column; the columns the row always holds (section, task group,
        // status) key the groups only when their dimension is asked for.
        var keyed = TaskDimensions.KeyColumns(dimensions);
        var bySection = keyed.Contains(nameof(AnalyticsRow.SectionId));
        var byGroup = keyed.Contains(nameof(AnalyticsRow.GroupId));
        var byStatus = keyed.Contains(nameof(AnalyticsRow.Status));
        var counted = await pairs
            .GroupBy(p => new
            {
                p.Row.ScopeId, p.Row.DepartmentId, p.Row.DistrictId, p.Row.LeaderId,
                SectionId = bySection ? p.Row.SectionId : NoKey,
                GroupId = byGroup ? p.Row.GroupId : NoKey,
                Status = byStatus ? p.Row.Status : TaskProgressStatus.NotReported,
                p.Row.PeriodId,
            })
            .Select(g => new { g.Key, Count = g.Select(p => p.Value).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return counted.ToDictionary(
            k => (k.Key.ScopeId, groupKey(new AnalyticsRow
            {
                DepartmentId = k.Key.DepartmentId, DistrictId = k.Key.DistrictId, LeaderId = k.Key.LeaderId, SectionId = k.Key.SectionId,
                GroupId = k.Key.GroupId, Status = k.Key.Status, PeriodId = k.Key.PeriodId,
            })),
            k => k.Count);
    }

    /// <summary>Each task once per combination of the requested dimensions, with the months that bound its reports.</summary>
    private IQueryable<AnalyticsRow> Spread(IQueryable<TaskInScope> tasks, IReadOnlySet<TaskDimension> dimensions, int? asOfMonth, int? fromMonth,
        bool withPlan = true)
    {
        var since = fromMonth is { } from ? MonthKey.Previous(from) : 0;
        var first = fromMonth ?? 0;
        // The month due (OverdueRule, inlined into SQL by InlineRules): now, or as of the month asked for if that is earlier.
        var now = moment;
        var asOf = asOfMonth ?? Always;

        // The plan's year by an explicit join: SQL can then use it inside every aggregate. Counting tasks needs no year.
        var rows = !withPlan
            ? tasks.Select(s => new AnalyticsRow
            {
                ScopeId = s.ScopeId, TaskId = s.Item.Id, PlanYear = 0, SectionId = s.Item.SectionId, GroupId = s.Item.GroupId,
                DepartmentId = NoKey, DistrictId = NoKey, LeaderId = NoKey, PeriodId = NoKey, AsOfMonth = asOf, DueMonth = 0, SinceMonth = since,
            })
            : from s in tasks
            join plan in db.Plans on s.Item.PlanId equals plan.Id
            select new AnalyticsRow
            {
                ScopeId = s.ScopeId, TaskId = s.Item.Id, PlanYear = plan.Year, SectionId = s.Item.SectionId, GroupId = s.Item.GroupId,
                // Every member is bound, so that SQL can read any of them after the projection. A dimension not asked for
                // is 0 (no entity has that id), never NULL: PostgreSQL would type a bare NULL column as text.
                DepartmentId = NoKey, DistrictId = NoKey, LeaderId = NoKey, PeriodId = NoKey,
                AsOfMonth = asOf,
                SinceMonth = since,
                // Which month's reports are due: the last one past its due date (a whole past year: December), or the one asked
                // for if that is earlier. A month asked for whose due date has not come (the 25th of it) is not due yet:
                // its tasks are pending, not overdue.
                DueMonth = OverdueRule.DueMonthAsOf(plan.Year, asOf, now),
            };

        var spreader = new Spreader(db, now, first, asOf);
        foreach (var dimension in TaskDimensions.Asked(dimensions))
        {
            rows = dimension.Spread?.Invoke(spreader, rows) ?? rows;
        }
        return rows.InlineRules();
    }

    /// <summary>How each task's rows are spread over a dimension (the rows of <see cref="TaskDimensions"/> call these).</summary>
    public sealed class Spreader
    {
        private readonly WuzhongDbContext _db;
        private readonly ReportingMoment _now;
        private readonly int _first;
        private readonly int _last;

        internal Spreader(WuzhongDbContext db, ReportingMoment now, int first, int last) => (_db, _now, _first, _last) = (db, now, first, last);

        /// <summary>One row per responsible department (only the lead ones with <paramref name="leadOnly"/>).</summary>
        public IQueryable<AnalyticsRow> OverDepartments(IQueryable<AnalyticsRow> rows, bool leadOnly)
        {
            var db = _db;
            return rows.SelectMany(r => db.TaskDepartments.Where(l => l.WorkTaskId == r.TaskId && (!leadOnly || l.IsLead)),
                Extend<TaskDepartment>((nameof(AnalyticsRow.DepartmentId), (Expression<Func<TaskDepartment, int>>)(l => l.DepartmentId))));
        }

        /// <summary>One row per district the task names.</summary>
        public IQueryable<AnalyticsRow> OverDistricts(IQueryable<AnalyticsRow> rows)
        {
            var db = _db;
            return rows.SelectMany(r => db.TaskDistricts.Where(l => l.WorkTaskId == r.TaskId),
                Extend<TaskDistrict>((nameof(AnalyticsRow.DistrictId), (Expression<Func<TaskDistrict, int>>)(l => l.DistrictId))));
        }

        /// <summary>One row per leader in charge; a task with no leader still counts: it falls in the group whose leader is null.</summary>
        public IQueryable<AnalyticsRow> OverLeaders(IQueryable<AnalyticsRow> rows)
        {
            var db = _db;
            return rows.SelectMany(r => db.TaskLeaders.Where(l => l.WorkTaskId == r.TaskId).Select(l => (int?)l.LeaderId).DefaultIfEmpty(),
                Extend<int?>((nameof(AnalyticsRow.LeaderId), (Expression<Func<int?, int?>>)(id => id))));
        }

        /// <summary>
        /// Every bucket of the plan's year (a month, quarter, half or the year: <paramref name="step"/> months), reported or
        /// not: a trend line without gaps. A bucket is keyed by its last period and measured as of it, or as of the range's
        /// end if that is earlier; with a range, only the buckets that overlap it.
        /// </summary>
        public IQueryable<AnalyticsRow> OverBuckets(IQueryable<AnalyticsRow> rows, int step)
        {
            var (db, now, first, last) = (_db, _now, _first, _last);
            Expression<Func<ReportPeriod, int>> measuredAt = p => p.Year * MonthKey.PerYear + p.Month < last ? p.Year * MonthKey.PerYear + p.Month : last;
            // Measured as of a bucket, a task is overdue only for a month whose due date has passed: this year's buckets
            // are capped at the last month due now (the current month before its 25th is pending).
            Expression<Func<ReportPeriod, int>> dueAt = p =>
                OverdueRule.DueMonthAsOf(p.Year, p.Year * MonthKey.PerYear + p.Month < last ? p.Year * MonthKey.PerYear + p.Month : last, now);
            return rows.SelectMany(r => db.ReportPeriods.Where(p => p.Year == r.PlanYear && p.Month % step == 0
                    && p.Year * MonthKey.PerYear + p.Month >= first && p.Year * MonthKey.PerYear + p.Month - (step - 1) <= last),
                Extend<ReportPeriod>(
                    (nameof(AnalyticsRow.PeriodId), (Expression<Func<ReportPeriod, int>>)(p => p.Id)),
                    (nameof(AnalyticsRow.AsOfMonth), measuredAt),
                    (nameof(AnalyticsRow.DueMonth), dueAt)));
        }
    }

    /// <summary>
    /// Each row joined to its task's standing: now, or as of the row's month (a missing row is NOT_REPORTED). With a
    /// range, the reports before it are taken off the counts: the standing as of the month before it is subtracted.
    /// </summary>
    private IQueryable<AnalyticsRow> Measure(IQueryable<AnalyticsRow> rows, bool asOfPeriod, bool withSince)
    {
        var measured = asOfPeriod
            ? from r in rows
              join p in db.TaskPeriodProgress on new { Task = r.TaskId, Month = r.AsOfMonth } equals new { Task = p.WorkTaskId, Month = p.PeriodMonth } into standings
              from p in standings.DefaultIfEmpty()
              select new AnalyticsRow
              {
                  ScopeId = r.ScopeId, TaskId = r.TaskId, PlanYear = r.PlanYear, SectionId = r.SectionId, GroupId = r.GroupId,
                  DepartmentId = r.DepartmentId, DistrictId = r.DistrictId, LeaderId = r.LeaderId, PeriodId = r.PeriodId,
                  AsOfMonth = r.AsOfMonth, DueMonth = r.DueMonth, SinceMonth = r.SinceMonth,
                  Status = p == null ? TaskProgressStatus.NotReported : p.Status,
                  Percent = p == null ? null : p.Percent,
                  LastReportedMonth = p == null ? null : p.LastReportedMonth,
                  Overdue = OverdueRule.IsOverdueBy(r.DueMonth, p == null ? null : p.LastReportedMonth) ? 1 : 0,
                  Facts = p == null ? 0 : p.FactCount,
                  LateFacts = p == null ? 0 : p.LateFactCount,
              }
            : from r in rows
              join p in db.TaskProgress on r.TaskId equals p.WorkTaskId into standings
              from p in standings.DefaultIfEmpty()
              select new AnalyticsRow
              {
                  ScopeId = r.ScopeId, TaskId = r.TaskId, PlanYear = r.PlanYear, SectionId = r.SectionId, GroupId = r.GroupId,
                  DepartmentId = r.DepartmentId, DistrictId = r.DistrictId, LeaderId = r.LeaderId, PeriodId = r.PeriodId,
                  AsOfMonth = r.AsOfMonth, DueMonth = r.DueMonth, SinceMonth = r.SinceMonth,
                  Status = p == null ? TaskProgressStatus.NotReported : p.LatestStatus,
                  Percent = p == null ? null : p.LatestPercent,
                  LastReportedMonth = p == null ? null : p.LastReportedMonth,
                  Overdue = OverdueRule.IsOverdueBy(r.DueMonth, p == null ? null : p.LastReportedMonth) ? 1 : 0,
                  Facts = p == null ? 0 : p.FactCount,
                  LateFacts = p == null ? 0 : p.LateFactCount,
              };
        measured = measured.InlineRules();
        if (!withSince)
        {
            return measured;
        }
        // The counts are cumulative: what was counted by the month before the range is not in the range.
        return from r in measured
               join q in db.TaskPeriodProgress on new { Task = r.TaskId, Month = r.SinceMonth } equals new { Task = q.WorkTaskId, Month = q.PeriodMonth } into before
               from q in before.DefaultIfEmpty()
               select new AnalyticsRow
               {
                   ScopeId = r.ScopeId, TaskId = r.TaskId, PlanYear = r.PlanYear, SectionId = r.SectionId, GroupId = r.GroupId,
                   DepartmentId = r.DepartmentId, DistrictId = r.DistrictId, LeaderId = r.LeaderId, PeriodId = r.PeriodId,
                   AsOfMonth = r.AsOfMonth, DueMonth = r.DueMonth, SinceMonth = r.SinceMonth,
                   Status = r.Status, Percent = r.Percent, LastReportedMonth = r.LastReportedMonth, Overdue = r.Overdue,
                   Facts = r.Facts - (q == null ? 0 : q.FactCount),
                   LateFacts = r.LateFacts - (q == null ? 0 : q.LateFactCount),
               };
    }

    private static IQueryable<TaskAggregate> Group(IQueryable<AnalyticsRow> rows, IReadOnlySet<TaskDimension> dimensions, IReadOnlySet<string>? measures)
    {
        // Rows not spread over a dimension hold NoKey in its column; the columns the row always holds (section, task group,
        // status) key the groups only when their dimension is asked for.
        var keyed = TaskDimensions.KeyColumns(dimensions);
        var bySection = keyed.Contains(nameof(AnalyticsRow.SectionId));
        var byGroup = keyed.Contains(nameof(AnalyticsRow.GroupId));
        var byStatus = keyed.Contains(nameof(AnalyticsRow.Status));
        var groups = rows
            .GroupBy(r => new
            {
                r.ScopeId, r.DepartmentId, r.DistrictId, r.LeaderId,
                SectionId = bySection ? r.SectionId : NoKey,
                GroupId = byGroup ? r.GroupId : NoKey,
                Status = byStatus ? r.Status : TaskProgressStatus.NotReported,
                r.PeriodId,
            });
        return SelectOnly(groups, measures, g => new TaskAggregate
        {
            ScopeId = g.Key.ScopeId, DepartmentId = g.Key.DepartmentId, DistrictId = g.Key.DistrictId, LeaderId = g.Key.LeaderId,
            SectionId = g.Key.SectionId, GroupId = g.Key.GroupId, Status = g.Key.Status, PeriodId = g.Key.PeriodId,
            Count = g.Count(),
            NotReportedCount = g.Count(r => r.Status == TaskProgressStatus.NotReported),
            NotStartedCount = g.Count(r => r.Status == TaskProgressStatus.NotStarted),
            OnTrackCount = g.Count(r => r.Status == TaskProgressStatus.OnTrack),
            AtRiskCount = g.Count(r => r.Status == TaskProgressStatus.AtRisk),
            DelayedCount = g.Count(r => r.Status == TaskProgressStatus.Delayed),
            CompletedCount = g.Count(r => r.Status == TaskProgressStatus.Completed),
            OverdueCount = g.Sum(r => r.Overdue),
            ReportCount = g.Sum(r => r.Facts),
            LateReportCount = g.Sum(r => r.LateFacts),
            AverageProgress = g.Average(r => (double?)r.Percent),
            CompletionRate = (double)g.Count(r => r.Status == TaskProgressStatus.Completed) / g.Count(),
        });
    }

    /// <summary>The keys of a group, always read, whatever measures are asked for.</summary>
    private static readonly HashSet<string> KeyMembers =
    [
        nameof(TaskAggregate.ScopeId), nameof(TaskAggregate.DepartmentId), nameof(TaskAggregate.DistrictId), nameof(TaskAggregate.LeaderId),
        nameof(TaskAggregate.SectionId), nameof(TaskAggregate.GroupId), nameof(TaskAggregate.Status), nameof(TaskAggregate.PeriodId),
    ];

    /// <summary><c>source.Select(selector)</c> with only the keys and the measures asked for bound (null: all).</summary>
    private static IQueryable<TaskAggregate> SelectOnly<TSource>(IQueryable<TSource> source, IReadOnlySet<string>? measures,
        Expression<Func<TSource, TaskAggregate>> selector) =>
        MeasureSelection.Only(source, selector, member => measures is null || KeyMembers.Contains(member) || measures.Contains(member));

    /// <summary>row, joined => a copy of row with the given properties taken from joined.</summary>
    private static Expression<Func<AnalyticsRow, TJoin, AnalyticsRow>> Extend<TJoin>(params (string Property, LambdaExpression Value)[] values)
    {
        var row = Expression.Parameter(typeof(AnalyticsRow), "row");
        var joined = Expression.Parameter(typeof(TJoin), "joined");
        var copied = new[]
        {
            nameof(AnalyticsRow.ScopeId), nameof(AnalyticsRow.TaskId), nameof(AnalyticsRow.PlanYear), nameof(AnalyticsRow.SectionId),
            nameof(AnalyticsRow.GroupId), nameof(AnalyticsRow.DepartmentId), nameof(AnalyticsRow.DistrictId), nameof(AnalyticsRow.LeaderId),
            nameof(AnalyticsRow.PeriodId), nameof(AnalyticsRow.AsOfMonth), nameof(AnalyticsRow.DueMonth), nameof(AnalyticsRow.SinceMonth),
        };
        var bindings = copied.Select(name =>
        {
            var property = typeof(AnalyticsRow).GetProperty(name)!;
            var given = values.FirstOrDefault(v => v.Property == name);
            Expression value = given.Value is null
                ? Expression.Property(row, property)
                // EF inlines the invoked lambda before translating: no expression visitor of our own is needed here.
                : Expression.Invoke(given.Value, joined);
            return (MemberBinding)Expression.Bind(property, value.Type == property.PropertyType ? value : Expression.Convert(value, property.PropertyType));
        });
        return Expression.Lambda<Func<AnalyticsRow, TJoin, AnalyticsRow>>(
            Expression.MemberInit(Expression.New(typeof(AnalyticsRow)), bindings), row, joined);
    }
}
