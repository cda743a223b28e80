using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>
/// The grouping dimensions, one row each: the <see cref="TaskDimension"/> value, what clients read of it, how a task's
/// rows are spread over it (one per department, district, leader or time bucket; nothing for a value the task row
/// already holds), the column of <see cref="AnalyticsRow"/> and <see cref="TaskAggregate"/> that keys its groups, and the
/// entity behind the key (joined to each group as <see cref="TaskGroupResult"/>'s member). <c>TaskAnalytics</c>
/// spreads, groups and joins by iterating the rows asked for; the API takes the enum's descriptions, the keys' fields,
/// the keys' order and the groups' identity from them. Adding a dimension over a column the rows already have is an
/// enum value and a row here.
/// </summary>
public static class TaskDimensions
{
    /// <param name="Description">What the GraphQL enum value means.</param>
    /// <param name="KeyDescription">What the group's key field (<c>keys { department }</c>) holds.</param>
    /// <param name="Spread">How each task's rows are multiplied for the dimension; null when the row already holds its key.</param>
    /// <param name="KeyColumn">The column of <see cref="AnalyticsRow"/> and <see cref="TaskAggregate"/> the groups are keyed by.</param>
    /// <param name="KeyEntity">The entity the key is the id of; null for a value (a status).</param>
    /// <param name="KeyMember">The member of <see cref="TaskGroupResult"/> the entity is read into.</param>
    /// <param name="TimeStep">For a time dimension, the months each bucket spans.</param>
    public sealed record Dimension(TaskDimension Value, string Description, string KeyDescription, Func<TaskAnalytics.Spreader, IQueryable<AnalyticsRow>, IQueryable<AnalyticsRow>>? Spread,
        string KeyColumn, Type? KeyEntity, string? KeyMember, int? TimeStep = null);

    public static IReadOnlyList<Dimension> All { get; } =
    [
        new(TaskDimension.Department, "Each responsible department (lead or supporting).", "DEPARTMENT: the department.",
            (s, rows) => s.OverDepartments(rows, leadOnly: false), nameof(AnalyticsRow.DepartmentId), typeof(Department), nameof(TaskGroupResult.Department)),
        new(TaskDimension.LeadDepartment, "Each lead (★) department; tasks without a lead are left out.", "LEAD_DEPARTMENT: the lead department.",
            (s, rows) => s.OverDepartments(rows, leadOnly: true), nameof(AnalyticsRow.DepartmentId), typeof(Department), nameof(TaskGroupResult.Department)),
        new(TaskDimension.District, "Each district the task names.", "DISTRICT: the district.",
            (s, rows) => s.OverDistricts(rows), nameof(AnalyticsRow.DistrictId), typeof(District), nameof(TaskGroupResult.District)),
        new(TaskDimension.Leader, "Each leader in charge; tasks without one fall in the group whose leader is null.",
            "LEADER: the leader; null for the tasks without one.",
            (s, rows) => s.OverLeaders(rows), nameof(AnalyticsRow.LeaderId), typeof(Leader), nameof(TaskGroupResult.Leader)),
        new(TaskDimension.Section, "Each section of the plan.", "SECTION: the section.",
            null, nameof(AnalyticsRow.SectionId), typeof(Section), nameof(TaskGroupResult.Section)),
        new(TaskDimension.TaskGroup, "Each task group of the plan (一、更大力度打造产业集群 …).", "TASK_GROUP: the plan's task group.",
            null, nameof(AnalyticsRow.GroupId), typeof(TaskGroup), nameof(TaskGroupResult.Group)),
        Time(TaskDimension.Period, 1, "Each month of the plan's year, zeros included: the standing as of that month."),
        Time(TaskDimension.Quarter, 3, "Each quarter of the plan's year, zeros included: the standing as of its last month."),
        Time(TaskDimension.HalfYear, 6, "Each half of the plan's year: the standing as of June and of December."),
        Time(TaskDimension.Year, 12, "Each plan's year: the standing as of its December (so far, for the current year). Compares plans of different years."),
        // Last: groups of equal measures are ordered by their keys in this order, the status last.
        new(TaskDimension.Status, "Each latest status (as of asOf or the period, if given).", "STATUS: the latest status.",
            null, nameof(AnalyticsRow.Status), null, null),
    ];

    private static readonly Dictionary<TaskDimension, Dimension> ByValue = All.ToDictionary(d => d.Value);

    public static Dimension Of(TaskDimension value) => ByValue[value];

    /// <summary>The rows asked for, in the table's order (the order their spreads are applied).</summary>
    public static IEnumerable<Dimension> Asked(IReadOnlySet<TaskDimension> dimensions) => All.Where(d => dimensions.Contains(d.Value));

    /// <summary>Every key column, once, in the table's order: the order groups of equal measures are put in.</summary>
    public static IReadOnlyList<string> KeyColumnsInOrder { get; } = All.Select(d => d.KeyColumn).Distinct().ToList();

    /// <summary>The columns the groups are keyed by when grouping by <paramref name="dimensions"/>.</summary>
    public static IReadOnlySet<string> KeyColumns(IReadOnlySet<TaskDimension> dimensions) => Asked(dimensions).Select(d => d.KeyColumn).ToHashSet();

    /// <summary>The months a time dimension steps by (PERIOD 1, QUARTER 3, HALF_YEAR 6, YEAR 12); null without one.</summary>
    public static int? TimeStep(IReadOnlySet<TaskDimension> dimensions) => Asked(dimensions).Select(d => d.TimeStep).FirstOrDefault(s => s is not null);

    private static Dimension Time(TaskDimension value, int step, string description) =>
        new(value, description, "A time dimension: the bucket's last period (PERIOD: the month; QUARTER: March, June …; HALF_YEAR: June or December; YEAR: December).",
            (s, rows) => s.OverBuckets(rows, step), nameof(AnalyticsRow.PeriodId), typeof(ReportPeriod), nameof(TaskGroupResult.Period), step);
}
