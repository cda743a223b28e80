using System.Text;

namespace Wuzhong.Infrastructure.Import;

/// <summary>What an import found and did: every correction with its source line, and the counts written.</summary>
public sealed class ImportReport
{
    private readonly List<ImportCorrection> _corrections = [];
    private readonly List<CollectiveExpansion> _expansions = [];

    public IReadOnlyList<ImportCorrection> Corrections => _corrections;

    /// <summary>The tasks that name a collective entry, and the districts they therefore cover.</summary>
    public IReadOnlyList<CollectiveExpansion> CollectiveExpansions => _expansions;

    public string PlanCode { get; internal set; } = "";
    public int TargetCount { get; internal set; }
    public int SectionCount { get; internal set; }
    public int GroupCount { get; internal set; }
    public int TaskCount { get; internal set; }

    /// <summary>Rows inserted, updated or deleted by the import; 0 when the database already held this plan.</summary>
    public int RowsChanged { get; internal set; }

    internal void Add(int line, CorrectionKind kind, string message) => _corrections.Add(new(line, kind, message));

    internal void Add(CollectiveExpansion expansion) => _expansions.Add(expansion);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"plan {PlanCode}: {TargetCount} targets, {SectionCount} sections, {GroupCount} groups, {TaskCount} tasks");
        text.AppendLine($"rows changed: {RowsChanged}");
        text.AppendLine($"corrections: {_corrections.Count}");
        foreach (var correction in _corrections.OrderBy(c => c.Line))
        {
            text.Append("  ").AppendLine(correction.ToString());
        }
        text.AppendLine($"tasks covering a collective entry's members: {_expansions.Count}");
        foreach (var expansion in _expansions.OrderBy(e => e.Line))
        {
            text.Append("  ").AppendLine(expansion.ToString());
        }
        return text.ToString();
    }
}
