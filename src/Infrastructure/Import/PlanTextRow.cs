namespace Wuzhong.Infrastructure.Import;

/// <summary>One row of the plan's table as extracted: its source line, its six cells, and whether a page break precedes it.</summary>
public sealed record PlanTextRow(int Line, IReadOnlyList<string> Cells, bool StartsPage)
{
    public const int ColumnCount = 6;
    public const int NumberColumn = 0, NameColumn = 1, TextColumn = 2, DepartmentsColumn = 3, DistrictsColumn = 4, LeadersColumn = 5;
}
