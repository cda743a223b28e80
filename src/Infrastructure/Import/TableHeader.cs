using System.Text.RegularExpressions;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// A plan table's header row: which column holds what (<see cref="PlanColumn"/>), found by name. It places a row's
/// cells into the six columns of <see cref="PlanTextRow"/>.
/// </summary>
public sealed partial class TableHeader
{
    private readonly Dictionary<PlanColumn, int> _columns;

    private TableHeader(Dictionary<PlanColumn, int> columns, int width, IReadOnlyList<string> names, IReadOnlyList<string> ignored)
    {
        _columns = columns;
        Width = width;
        Names = string.Join(" ", names.Where(n => n.Length > 0));
        Ignored = ignored;
    }

    /// <summary>How many cells a row of this table has.</summary>
    public int Width { get; }

    /// <summary>The header's cells as written, for messages.</summary>
    public string Names { get; }

    /// <summary>Headers that name nothing a plan holds (备注, 完成时限).</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>
    /// The row as a header: it names the task's text column and at least one other known column (序号, the
    /// departments, the leaders), and no column twice. Null for any other row.
    /// </summary>
    public static TableHeader? Find(DocumentRow row)
    {
        var width = row.Cells.Count;
        while (width > 0 && row.Cells[width - 1].Text.Trim().Length == 0)
        {
            width--;
        }
        var columns = new Dictionary<PlanColumn, int>();
        var ignored = new List<string>();
        for (var i = 0; i < width; i++)
        {
            var text = row.Cells[i].Text;
            if (PlanColumnHeaders.Recognise(text) is { } column)
            {
                if (!columns.TryAdd(column, i))
                {
                    throw new PlanImportException(row.Line,
                        $"the table's header names the {column} column twice (\"{row.Cells[columns[column]].Text.Trim()}\" and \"{text.Trim()}\"): which one holds it?");
                }
            }
            else if (text.Trim().Length > 0)
            {
                ignored.Add(text.Trim());
            }
        }
        if (!columns.ContainsKey(PlanColumn.Text) || columns.Count < 2)
        {
            return null;
        }
        // "责任单位" beside a 牵头单位 column lists the others: the supporting departments.
        if (columns.ContainsKey(PlanColumn.LeadDepartments) && !columns.ContainsKey(PlanColumn.SupportingDepartments)
            && columns.Remove(PlanColumn.Departments, out var others))
        {
            columns[PlanColumn.SupportingDepartments] = others;
        }
        return new TableHeader(columns, row.Cells.Count, row.Cells.Take(width).Select(c => c.Text.Trim()).ToList(), ignored);
    }

    public bool SameColumns(TableHeader other) =>
        Width == other.Width && _columns.Count == other._columns.Count && _columns.All(c => other._columns.TryGetValue(c.Key, out var i) && i == c.Value);

    /// <summary>
    /// The row's cells in the six columns (序号 名称 工作任务 主要责任部门 主要责任板块 分管区领导). A cell merged
    /// down from the row above: the responsibility columns hold the above row's value, the others are empty (a
    /// group's merged 序号 and 名称 stand on its first row only, as in the published text).
    /// </summary>
    public string[] Place(DocumentRow row, string[]? above)
    {
        string Cell(PlanColumn column, int canonical)
        {
            if (!_columns.TryGetValue(column, out var index) || index >= row.Cells.Count)
            {
                return "";
            }
            var cell = row.Cells[index];
            return !cell.ContinuesAbove ? cell.Text
                : canonical >= PlanTextRow.DepartmentsColumn && above is not null ? above[canonical]
                : "";
        }

        var departments = _columns.ContainsKey(PlanColumn.LeadDepartments) || _columns.ContainsKey(PlanColumn.SupportingDepartments)
            ? Join(MarkLead(Cell(PlanColumn.LeadDepartments, -1)), Cell(PlanColumn.SupportingDepartments, -1), Cell(PlanColumn.Departments, -1))
            : Cell(PlanColumn.Departments, PlanTextRow.DepartmentsColumn);
        if (departments.Length == 0 && above is not null && (IsContinued(row, PlanColumn.LeadDepartments) || IsContinued(row, PlanColumn.SupportingDepartments)))
        {
            departments = above[PlanTextRow.DepartmentsColumn];
        }

        return
        [
            Cell(PlanColumn.Number, PlanTextRow.NumberColumn),
            Cell(PlanColumn.Name, PlanTextRow.NameColumn),
            Cell(PlanColumn.Text, PlanTextRow.TextColumn),
            departments,
            Cell(PlanColumn.Districts, PlanTextRow.DistrictsColumn),
            Cell(PlanColumn.Leaders, PlanTextRow.LeadersColumn),
        ];
    }

    private bool IsContinued(DocumentRow row, PlanColumn column) =>
        _columns.TryGetValue(column, out var index) && index < row.Cells.Count && row.Cells[index].ContinuesAbove;

    /// <summary>Every name of a lead column marked ★, as the one-column layout marks them.</summary>
    private static string MarkLead(string cell) =>
        string.Join("、", NameSeparators().Split(cell).Select(n => n.Trim().TrimStart('★')).Where(n => n.Length > 0).Select(n => "★" + n));

    private static string Join(params string[] cells) => string.Join("、", cells.Select(c => c.Trim()).Where(c => c.Length > 0));

    [GeneratedRegex(@"[、，,；;\n]+")]
    private static partial Regex NameSeparators();
}
