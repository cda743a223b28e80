using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>A district leader (分管区领导) in charge of a task.</summary>
public class TaskLeader : ITaskLink
{
    public int WorkTaskId { get; set; }
    public WorkTask? WorkTask { get; set; }
    public int LeaderId { get; set; }
    public Leader? Leader { get; set; }
    public int Position { get; set; }
}
