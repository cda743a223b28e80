namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// A canonical name read from a cell, with the lead mark (★) it carried. <see cref="IsDistrict"/>: a district,
/// zone, town or street named among the departments (tables whose 责任单位 column lists both).
/// </summary>
public sealed record ResolvedName(string Name, bool IsLead)
{
    public bool IsDistrict { get; init; }
}
