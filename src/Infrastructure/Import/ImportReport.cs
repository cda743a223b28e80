using System.Text;

namespace Wuzhong.Infrastructure.Import;

/// <summary>What an import found and did: every correction with its source line, and the counts written.</summary>
public sealed class ImportReport
{
    private readonly List<ImportCorrection> _corrections = [];

    public IReadOnlyList<ImportCorrection> Corrections => _corrections;

    public string PlanCode { get; internal set; } = "";
    public int TargetCount { get; internal set; }
    public int SectionCount { get; internal set; }
    public int GroupCount { get; internal set; }
    public int TaskCount { get; internal set; }

    /// <summary>Rows inserted, updated or deleted by the import; 0 when the database already held this plan.</summary>
    public int RowsChanged { get; internal set; }

    internal void Add(int line, CorrectionKind kind, string message) => _corrections.Add(new(line, kind, message));

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
        return text.ToString();
    }
}
