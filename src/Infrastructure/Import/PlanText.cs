namespace Wuzhong.Infrastructure.Import;

/// <summary>A plan document split into its preamble and its table rows, page-break headers removed.</summary>
public sealed record PlanText(PlanPreamble Preamble, IReadOnlyList<PlanTextRow> Rows, IReadOnlyList<int> RepeatedHeaderLines);
