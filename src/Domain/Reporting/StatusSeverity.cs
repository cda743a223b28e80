namespace Wuzhong.Domain.Reporting;

/// <summary>
/// How much a status asks of a supervisor, least first: a finished task, one on track, one not started, one with no
/// report at all (nothing is known of it), one at risk, one delayed. Sorting by status means sorting by this order.
/// </summary>
public static class StatusSeverity
{
    public static IReadOnlyList<TaskProgressStatus> Ascending { get; } =
    [
        TaskProgressStatus.Completed, TaskProgressStatus.OnTrack, TaskProgressStatus.NotStarted,
        TaskProgressStatus.NotReported, TaskProgressStatus.AtRisk, TaskProgressStatus.Delayed,
    ];
}
