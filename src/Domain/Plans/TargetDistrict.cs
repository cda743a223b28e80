using Wuzhong.Domain.Organisation;

namespace Wuzhong.Domain.Plans;

/// <summary>A district (板块) named as responsible for a target (its 主要责任板块).</summary>
public class TargetDistrict
{
    public int TargetId { get; set; }
    public Target? Target { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }
    public int Position { get; set; }
}
