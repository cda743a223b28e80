using Wuzhong.Domain.Organisation;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// What a district's name says it is, for an issuer without reference data: 镇 a town, 街道 a street, 开发区 or 园区 a
/// zone, 新城 a new town, 各… a collective entry.
/// </summary>
public static class DistrictNames
{
    private static readonly (string Suffix, DistrictKind Kind)[] Suffixes =
    [
        ("街道", DistrictKind.Subdistrict), ("办事处", DistrictKind.Subdistrict), ("镇", DistrictKind.Town), ("乡", DistrictKind.Town),
        ("开发区", DistrictKind.DevelopmentZone), ("经开区", DistrictKind.DevelopmentZone), ("高新区", DistrictKind.DevelopmentZone),
        ("度假区", DistrictKind.DevelopmentZone), ("园区", DistrictKind.DevelopmentZone), ("新区", DistrictKind.DevelopmentZone),
        ("试验区", DistrictKind.DevelopmentZone), ("新城", DistrictKind.NewTown),
    ];

    /// <summary>The kind the name says, or null when it says none (a department's name).</summary>
    public static DistrictKind? Says(string name) =>
        name.StartsWith('各') && name.Length <= 8 && (name.Contains('镇') || name.Contains("街道", StringComparison.Ordinal) || name.Contains("板块", StringComparison.Ordinal))
            ? DistrictKind.Collective
            : Suffixes.FirstOrDefault(s => name.EndsWith(s.Suffix, StringComparison.Ordinal)) is { Suffix: not null } match ? match.Kind : null;

    public static DistrictKind KindOf(string name) => Says(name) ?? DistrictKind.Town;
}
