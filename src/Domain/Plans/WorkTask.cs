using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Domain.Plans;

/// <summary>
/// One work task (工作任务). A re-imported (corrected or amended) plan finds it again by its text, or by its section and
/// number when only the text changed, so the progress reports attached to it stay attached. A task an amendment removes
/// after it was reported is withdrawn, not deleted: its reports are kept, and it leaves every list and figure.
/// </summary>
public class WorkTask
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int SectionId { get; set; }
    public Section? Section { get; set; }
    public int GroupId { get; set; }
    public TaskGroup? Group { get; set; }

    /// <summary>The (n) of the document.</summary>
    public int Number { get; set; }

    /// <summary>The task text as published, without its "(n)".</summary>
    public required string Text { get; set; }

    /// <summary>When an amended plan removed the task while it had reports; null while the task is in its plan.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public List<TaskDepartment> Departments { get; set; } = [];
    public List<TaskDistrict> Districts { get; set; } = [];
    public List<TaskLeader> Leaders { get; set; } = [];

    /// <summary>The districts the task concerns: those named, and the members of collective entries named (a view).</summary>
    public List<TaskCoverage> Coverage { get; set; } = [];

    /// <summary>Every progress report on the task, revisions included.</summary>
    public List<ProgressReport> ProgressReports { get; set; } = [];

    /// <summary>The task's standing (read model, kept by the reports' projection); null until it is reported.</summary>
    public TaskProgress? Progress { get; set; }

    /// <summary>Each reporting department's own standing on the task (read model).</summary>
    public List<TaskDepartmentProgress> DepartmentProgress { get; set; } = [];
}
