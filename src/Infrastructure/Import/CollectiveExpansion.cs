namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// A task that names a collective entry (各镇, 各镇（街道）) and therefore concerns each of its members: what
/// <c>WorkTask.coveredDistricts</c> adds to the districts the document names.
/// </summary>
public sealed record CollectiveExpansion(int Line, int TaskNumber, string Collective, IReadOnlyList<string> Members)
{
    public override string ToString() => $"line {Line,4}  ({TaskNumber}) {Collective} covers {string.Join("、", Members)}";
}
