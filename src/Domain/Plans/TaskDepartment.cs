using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>A department responsible for a task; <see cref="IsLead"/> is the document's ★ (牵头).</summary>
public class TaskDepartment : ITaskLink
{
    public int WorkTaskId { get; set; }
    public WorkTask? WorkTask { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }

    public bool IsLead { get; set; }

    /// <summary>Position in the document's list, 0-based: the order in which the departments are named.</summary>
    public int Position { get; set; }
}
