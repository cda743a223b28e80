namespace Wuzhong.Infrastructure.Import;

/// <summary>A plan document split into its preamble and its table rows, page-break headers removed.</summary>
public sealed record PlanText(PlanPreamble Preamble, IReadOnlyList<PlanTextRow> Rows, IReadOnlyList<int> RepeatedHeaderLines)
{
    /// <summary>Columns whose header names nothing the plan holds (备注, 完成时限): not read, and reported.</summary>
    public IReadOnlyList<(int Line, string Header)> IgnoredColumns { get; init; } = [];
}
