namespace Wuzhong.Infrastructure.Import;

/// <summary>A canonical name read from a cell, with the lead mark (★) it carried.</summary>
public sealed record ResolvedName(string Name, bool IsLead);
