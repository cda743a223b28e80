namespace Wuzhong.Infrastructure.Changes;

/// <summary>What a committed write changed. Stored by name (<see cref="DataChange.Kind"/>): a kind may be added anywhere.</summary>
public enum ChangeKind
{
    /// <summary>A progress report was accepted; its task's projection was refreshed in the same transaction.</summary>
    ProgressReportSubmitted,

    /// <summary>A target report was accepted.</summary>
    TargetReportSubmitted,

    /// <summary>A report period was closed.</summary>
    ReportPeriodClosed,

    /// <summary>A plan was imported (new or re-imported): anything may have changed.</summary>
    PlanImported,

    /// <summary>A re-imported plan added, renumbered, amended, withdrawn or restored this task (one change per task, after <see cref="PlanImported"/>).</summary>
    PlanTaskChanged,

    /// <summary>The analytics projection was rebuilt from every report.</summary>
    ProjectionRebuilt,

    /// <summary>Demo reports were written in bulk.</summary>
    ReportsSeeded,

    /// <summary>A trusted document was registered.</summary>
    DocumentRegistered,
}
