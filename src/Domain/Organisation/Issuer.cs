namespace Wuzhong.Domain.Organisation;

/// <summary>
/// A government that issues plans (苏州市吴中区人民政府, a neighbouring district, the city): its departments, districts
/// and leaders are its own, so two issuers' 人社局 are two departments.
/// </summary>
public class Issuer
{
    public int Id { get; set; }

    /// <summary>The issuer's name as its documents sign it, e.g. 苏州市吴中区人民政府; its natural key.</summary>
    public required string Name { get; set; }

    public List<Plans.Plan> Plans { get; set; } = [];
}
