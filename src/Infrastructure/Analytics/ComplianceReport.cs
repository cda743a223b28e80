using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// The monthly compliance table (督查通报): for one period or a range of periods, every report expected (a task, a
/// department responsible for it, and a period of the task's plan year in the range), whether it came on time, late, or
/// not at all, counted per department, leader, district or period in one statement, and ranked by on-time rate. A report
/// not received for a period whose due date has not come yet (the 25th of the month) is pending, not missing. The
/// reports themselves, with their state, are listed by <see cref="ExpectedAsync"/> from the same expectations.
/// </summary>
public sealed class ComplianceReport(WuzhongDbContext db, ReportingMoment moment)
{
    /// <summary>One expected report under a key of the dimension, joined to what came of it.</summary>
    private sealed class Expectation
    {
        public int Key { get; set; }
        public int TaskId { get; set; }
        public int DepartmentId { get; set; }
        public int PeriodId { get; set; }
        public int Section { get; set; }
        public int Number { get; set; }
        public int Position { get; set; }
        public int Month { get; set; }
        public bool OnTime { get; set; }
        public bool Late { get; set; }
        public bool Pending { get; set; }
        public DateTimeOffset? SubmittedAt { get; set; }
        public int? ReportId { get; set; }
    }

    private sealed class KeyCounts
    {
        public int Key { get; set; }
        public int Expected { get; set; }
        public int OnTime { get; set; }
        public int Late { get; set; }
        public int Pending { get; set; }
    }

    /// <param name="fromMonth">The key of the range's first period (<see cref="MonthKey"/>).</param>
    /// <param name="toMonth">The key of its last period; the same as <paramref name="fromMonth"/> for one period.</param>
    public async Task<List<ComplianceResult>> ForPeriodsAsync(IQueryable<WorkTask> tasks, int fromMonth, int toMonth, ComplianceDimension dimension,
        ComplianceScope scope, CancellationToken cancellationToken)
    {
        var counts =
            from e in Expectations(tasks, fromMonth, toMonth, dimension, scope)
            group e by e.Key into g
            select new KeyCounts { Key = g.Key, Expected = g.Count(), OnTime = g.Count(e => e.OnTime), Late = g.Count(e => e.Late), Pending = g.Count(e => e.Pending) };

        // Only the key entities of the dimension asked for are joined.
        var rows = dimension switch
        {
            ComplianceDimension.Leader => await WithKeysAsync(counts, db.Leaders, (c, leader) => new ComplianceResult
                { KeyId = c.Key, Expected = c.Expected, OnTime = c.OnTime, Late = c.Late, Pending = c.Pending, Leader = leader }, cancellationToken),
            ComplianceDimension.District => await WithKeysAsync(counts, db.Districts, (c, district) => new ComplianceResult
                { KeyId = c.Key, Expected = c.Expected, OnTime = c.OnTime, Late = c.Late, Pending = c.Pending, District = district }, cancellationToken),
            ComplianceDimension.Period => await WithKeysAsync(counts, db.ReportPeriods, (c, period) => new ComplianceResult
                { KeyId = c.Key, Expected = c.Expected, OnTime = c.OnTime, Late = c.Late, Pending = c.Pending, Period = period }, cancellationToken),
            _ => await WithKeysAsync(counts, db.Departments, (c, department) => new ComplianceResult
                { KeyId = c.Key, Expected = c.Expected, OnTime = c.OnTime, Late = c.Late, Pending = c.Pending, Department = department }, cancellationToken),
        };

        // Best first; equal rates share a rank (1, 2, 2, 4).
        var ranked = rows.OrderByDescending(r => r.OnTimeRate).ThenByDescending(r => r.Expected).ThenBy(r => r.KeyId).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Rank = i > 0 && ranked[i].OnTimeRate == ranked[i - 1].OnTimeRate ? ranked[i - 1].Rank : i + 1;
        }
        return ranked;
    }

    /// <summary>
    /// The reports the rows of <see cref="ForPeriodsAsync"/> count, each under its row's key with its state, in the
    /// document's order (section, task number, the department's place in the task, period): who has not reported.
    /// </summary>
    public async Task<List<ExpectedReport>> ExpectedAsync(IQueryable<WorkTask> tasks, int fromMonth, int toMonth, ComplianceDimension dimension,
        ComplianceScope scope, CancellationToken cancellationToken)
    {
        var expectations = await Expectations(tasks, fromMonth, toMonth, dimension, scope).AsNoTracking().ToListAsync(cancellationToken);
        return [.. expectations
            .OrderBy(e => e.Section).ThenBy(e => e.Number).ThenBy(e => e.TaskId).ThenBy(e => e.Position).ThenBy(e => e.Month)
            .Select(e => new ExpectedReport
            {
                KeyId = e.Key, TaskId = e.TaskId, DepartmentId = e.DepartmentId, PeriodId = e.PeriodId,
                State = e.OnTime ? ComplianceState.OnTime : e.Late ? ComplianceState.Late : e.Pending ? ComplianceState.Pending : ComplianceState.Missing,
                SubmittedAt = e.SubmittedAt, ReportId = e.ReportId,
            })];
    }

    /// <summary>Every expected report in the range and scope, under its key, joined to its fact if one came.</summary>
    private IQueryable<Expectation> Expectations(IQueryable<WorkTask> tasks, int fromMonth, int toMonth, ComplianceDimension dimension, ComplianceScope scope)
    {
        // A task is reported in the periods of its plan's year.
        // A period is due once its due date has passed (OverdueRule.DueMonthOf, inlined into SQL by InlineRules).
        var now = moment;
        var due = tasks.SelectMany(t => db.ReportPeriods.Where(p => p.Year == t.Plan!.Year
                && p.Year * MonthKey.PerYear + p.Month >= fromMonth && p.Year * MonthKey.PerYear + p.Month <= toMonth),
            (t, p) => new
            {
                TaskId = t.Id, PeriodId = p.Id, Section = t.Section!.Ordinal, t.Number, p.Month,
                NotDue = p.Year * MonthKey.PerYear + p.Month > OverdueRule.DueMonthOf(p.Year, now),
            }).InlineRules();
        var (lead, collective) = (scope.Lead, scope.Collective);
        var links = db.TaskDepartments.Where(l => (lead == null || l.IsLead == lead) && (l.Department!.Kind == DepartmentKind.Collective) == collective);
        var pairs = due.SelectMany(d => links.Where(l => l.WorkTaskId == d.TaskId),
            (d, l) => new { d.TaskId, d.PeriodId, d.Section, d.Number, d.Month, d.NotDue, l.DepartmentId, l.Position });
        var keyed = dimension switch
        {
            ComplianceDimension.Leader => pairs.SelectMany(p => db.TaskLeaders.Where(x => x.WorkTaskId == p.TaskId),
                (p, x) => new { p.TaskId, p.PeriodId, p.Section, p.Number, p.Month, p.NotDue, p.DepartmentId, p.Position, Key = x.LeaderId }),
            ComplianceDimension.District => pairs.SelectMany(p => db.TaskDistricts.Where(x => x.WorkTaskId == p.TaskId),
                (p, x) => new { p.TaskId, p.PeriodId, p.Section, p.Number, p.Month, p.NotDue, p.DepartmentId, p.Position, Key = x.DistrictId }),
            ComplianceDimension.Period => pairs.Select(p => new { p.TaskId, p.PeriodId, p.Section, p.Number, p.Month, p.NotDue, p.DepartmentId, p.Position, Key = p.PeriodId }),
            _ => pairs.Select(p => new { p.TaskId, p.PeriodId, p.Section, p.Number, p.Month, p.NotDue, p.DepartmentId, p.Position, Key = p.DepartmentId }),
        };
        // Each expected report joined to its fact, if any (one at most: the fact's key is task, department, period):
        // one pass over the facts rather than two look-ups per expected report.
        return
            from p in keyed
            join f in db.ReportFacts
                on new { Task = p.TaskId, Department = p.DepartmentId, Period = p.PeriodId }
                equals new { Task = f.WorkTaskId, Department = f.DepartmentId, Period = f.ReportPeriodId } into facts
            from f in facts.DefaultIfEmpty()
            select new Expectation
            {
                Key = p.Key, TaskId = p.TaskId, DepartmentId = p.DepartmentId, PeriodId = p.PeriodId,
                Section = p.Section, Number = p.Number, Position = p.Position, Month = p.Month,
                OnTime = f != null && !f.SubmittedLate, Late = f != null && f.SubmittedLate, Pending = f == null && p.NotDue,
                SubmittedAt = f != null ? f.FirstSubmittedAt : null, ReportId = f != null ? f.LatestReportId : null,
            };
    }

    /// <summary>counts LEFT JOIN keys ON key = id, as results.</summary>
    private static Task<List<ComplianceResult>> WithKeysAsync<TKey>(IQueryable<KeyCounts> counts, IQueryable<TKey> keys,
        Expression<Func<KeyCounts, TKey?, ComplianceResult>> result, CancellationToken cancellationToken)
        where TKey : class =>
        counts.LeftJoin(keys, c => c.Key, k => EF.Property<int>(k, "Id"), result).AsNoTracking().ToListAsync(cancellationToken);
}
