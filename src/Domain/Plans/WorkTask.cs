using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Domain.Plans;

/// <summary>
/// One work task (工作任务). Its identity across imports is plan code + section + number, so a corrected
/// re-import updates it in place and the progress reports attached to it stay attached.
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
