using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>A department responsible for a target; <see cref="IsLead"/> is the document's ★.</summary>
public class TargetDepartment
{
    public int TargetId { get; set; }
    public Target? Target { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }

    public bool IsLead { get; set; }
    public int Position { get; set; }
}
