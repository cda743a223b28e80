using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Tests.Import.Documents;

/// <summary>
/// A plan as a publisher lays it out, built from the bundled text: the notice's paragraphs, then the table's rows (the
/// header repeated at page breaks, as the PDF has it). The writers turn it into a Word document, a workbook, a web
/// page or CSV; <see cref="Merged"/> says which cells a publisher would merge down (a group's 序号 and 名称 over its
/// tasks), <see cref="Spanning"/> which rows are one cell across the table (part and section headings).
/// </summary>
public sealed record PublishedPlan(IReadOnlyList<string> Notice, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The columns of a group's 序号 and 名称, which a publisher merges down over the group's tasks.</summary>
    public IReadOnlyList<int> GroupColumns { get; init; } = [0, 1];

    public static PublishedPlan FromText(string text)
    {
        var document = TextDocumentReader.Read(text);
        var firstRow = document.Blocks.TakeWhile(b => b is not DocumentRow).Count();
        var notice = document.Blocks.Take(firstRow).Cast<DocumentParagraph>().Select(p => p.Text).ToList();
        var rows = document.Blocks.Skip(firstRow).OfType<DocumentRow>().Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Text).ToList()).ToList();
        return new PublishedPlan(notice, rows);
    }

    public int Width => Rows[0].Count;

    /// <summary>A row that holds one cell of text (a heading): written across the whole table.</summary>
    public bool Spanning(int row) => Rows[row].Count(c => c.Length > 0) == 1 && Rows[row][0].Length > 0 && GroupColumns[0] == 0 && !IsHeader(row) && !Rows[row][0].All(char.IsAsciiDigit);

    public bool IsHeader(int row) => Rows[row][0] == "序号";

    /// <summary>
    /// Whether the cell is empty and continues a group's 序号 or 名称 cell from above: the rows after a group's first one,
    /// up to the next group, heading or header, in the number and name columns.
    /// </summary>
    public bool Merged(int row, int column)
    {
        if (!GroupColumns.Contains(column) || Rows[row][column].Length > 0 || Spanning(row) || IsHeader(row))
        {
            return false;
        }
        for (var above = row - 1; above >= 0; above--)
        {
            if (Spanning(above) || IsHeader(above))
            {
                return false;
            }
            if (Rows[above][column].Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The same plan with its columns in another order (indexes into the original ones) and other headers.</summary>
    public PublishedPlan Rearranged(int[] order, string[] headers, int extraColumns = 0) => this with
    {
        GroupColumns = [Array.IndexOf(order, 0), Array.IndexOf(order, 1)],
        Rows = Rows.Select((row, i) => (IReadOnlyList<string>)(IsHeader(i)
                ? headers.ToList()
                : order.Select(c => row[c]).Concat(Enumerable.Repeat("", extraColumns)).ToList()))
            .ToList(),
    };
}
