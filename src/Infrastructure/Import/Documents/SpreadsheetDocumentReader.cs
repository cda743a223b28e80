using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Reads a workbook (.xlsx, and the older .xls) sheet after sheet: every row of a sheet is a table row, its rows
/// above the header being the notice. A merged range's text stands in its first cell; the cells below it continue it,
/// the cells beside it are empty. Numbers read as written (1, not 1.0). A place is "row n" (of sheet s, when the
/// workbook has several).
/// </summary>
public static class SpreadsheetDocumentReader
{
    /// <summary>Rows of one sheet and the next are told apart by this stride in their line numbers.</summary>
    private const int SheetStride = 1_000_000;

    static SpreadsheetDocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static PlanDocument Read(Stream stream, bool legacyFormat)
    {
        using var reader = legacyFormat ? ExcelReaderFactory.CreateBinaryReader(stream) : ExcelReaderFactory.CreateOpenXmlReader(stream);
        var blocks = new List<DocumentBlock>();
        var sheets = new List<string>();
        do
        {
            sheets.Add(reader.Name);
            var rows = new List<string[]>();
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var column = 0; column < cells.Length; column++)
                {
                    cells[column] = CellText(reader.GetValue(column));
                }
                rows.Add(cells);
            }
            // The merged ranges are known once the sheet is read (xlsx writes them after the rows).
            // Clipped to the cells read: a merge over a whole column (A1:A1048576) must not mean a million entries.
            var continued = new HashSet<(int Row, int Column)>();
            var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
            foreach (var range in reader.MergeCells ?? [])
            {
                for (var row = range.FromRow + 1; row <= Math.Min(range.ToRow, rows.Count - 1); row++)
                {
                    for (var column = range.FromColumn; column <= Math.Min(range.ToColumn, width - 1); column++)
                    {
                        continued.Add((row, column));
                    }
                }
            }
            var offset = (sheets.Count - 1) * SheetStride;
            for (var row = 0; row < rows.Count; row++)
            {
                if (rows[row].All(string.IsNullOrWhiteSpace) && !Enumerable.Range(0, rows[row].Length).Any(c => continued.Contains((row, c))))
                {
                    continue;
                }
                blocks.Add(new DocumentRow(offset + row + 1, rows[row]
                    .Select((text, column) => continued.Contains((row, column)) ? new DocumentCell("", ContinuesAbove: true) : new DocumentCell(text))
                    .ToArray()));
            }
        }
        while (reader.NextResult());

        return new PlanDocument(legacyFormat ? "Excel (.xls)" : "Excel (.xlsx)", blocks, line =>
            sheets.Count == 1 ? $"row {line}" : $"row {line % SheetStride} of sheet {sheets[line / SheetStride]}");
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => ((long)number).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
