using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>A district (板块) named as responsible for a task.</summary>
public class TaskDistrict : ITaskLink
{
    public int WorkTaskId { get; set; }
    public WorkTask? WorkTask { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }
    public int Position { get; set; }
}
