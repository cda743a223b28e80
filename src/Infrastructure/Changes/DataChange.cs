namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// One committed write, as every server process learns of it: written in the writing transaction with the next
/// <see cref="DataVersion"/>, so that versions commit in order and a reader that has seen version n has seen every
/// change up to n. The ids say what changed, where the kind has a subject; bulk kinds (an import) name none.
/// </summary>
public class DataChange
{
    public long Version { get; set; }
    public ChangeKind Kind { get; set; }
    public DateTimeOffset CommittedAt { get; set; }
    public int? WorkTaskId { get; set; }
    public int? DepartmentId { get; set; }
    public int? TargetId { get; set; }
    public int? ReportPeriodId { get; set; }

    /// <summary>The progress or target report written, by kind.</summary>
    public int? ReportId { get; set; }
}
