using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>
/// A district a task concerns: one the document names, or a member of a collective entry it names (a task for 各镇
/// concerns 金庭镇). Each pair once. Read-only: a database view over the task's districts and the collectives' members,
/// so it can never disagree with them.
/// </summary>
public class TaskCoverage
{
    public int WorkTaskId { get; set; }
    public WorkTask? WorkTask { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }
}
