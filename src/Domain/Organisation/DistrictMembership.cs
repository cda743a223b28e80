namespace Wuzhong.Domain.Organisation;

/// <summary>Links a collective district entry (各镇) to one district it stands for.</summary>
public class DistrictMembership
{
    public int CollectiveId { get; set; }
    public District? Collective { get; set; }
    public int MemberId { get; set; }
    public District? Member { get; set; }
}
