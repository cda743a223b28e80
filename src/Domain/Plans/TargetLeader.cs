using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>A district leader in charge of a target.</summary>
public class TargetLeader
{
    public int TargetId { get; set; }
    public Target? Target { get; set; }
    public int LeaderId { get; set; }
    public Leader? Leader { get; set; }
    public int Position { get; set; }
}
