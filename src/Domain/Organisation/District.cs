namespace Wuzhong.Domain.Organisation;

/// <summary>A responsible district (板块): a zone, the new town, a town, a street, or a collective entry.</summary>
public class District
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The issuer whose district this is: names are unique per issuer, not across them.</summary>
    public int IssuerId { get; set; }

    public Issuer? Issuer { get; set; }
    public List<string> Aliases { get; set; } = [];
    public DistrictKind Kind { get; set; }

    /// <summary>For a collective entry such as 各镇: the districts it stands for.</summary>
    public List<DistrictMembership> Members { get; set; } = [];

    /// <summary>The tasks that name the district, as links.</summary>
    public List<Plans.TaskDistrict> TaskLinks { get; set; } = [];
}
