using System.Text;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Reads a plan kept as text: the notice's lines are paragraphs, the table's lines rows. Rows are TAB-separated (what
/// copying a table out of Word, Excel or a PDF gives) or, in a CSV file, comma-separated with RFC 4180 quoting, a
/// quoted cell spanning lines.
/// </summary>
public static class TextDocumentReader
{
    public static PlanDocument Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        var (text, encoding) = TextDecoding.Decode(bytes);
        return Read(text, encoding, fileName);
    }

    /// <summary>A text decoded by <see cref="TextDecoding"/>: CSV or TAB-separated.</summary>
    public static PlanDocument Read(string text, string encoding, string fileName) =>
        IsCsv(text, fileName) ? ReadCsv(text, encoding) : Read(text, encoding);

    /// <summary>A text already decoded, TAB-separated.</summary>
    public static PlanDocument Read(string text, string encoding = "UTF-8")
    {
        var lines = SplitLines(text);
        var blocks = new List<DocumentBlock>(lines.Length);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            blocks.Add(line.Contains('\t')
                ? new DocumentRow(index + 1, line.Split('\t').Select(c => new DocumentCell(c)).ToArray())
                : new DocumentParagraph(index + 1, line.Trim()));
        }
        return new PlanDocument($"text ({encoding}, TAB-separated)", blocks) { FixedRowWidth = true };
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>A .csv file, or a text whose lines are commas and no TABs and whose header row names 序号.</summary>
    private static bool IsCsv(string text, string fileName)
    {
        if (Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var lines = SplitLines(text);
        return !text.Contains('\t') && lines.Any(l => l.Contains("序号", StringComparison.Ordinal) && l.Contains(','));
    }

    private static PlanDocument ReadCsv(string text, string encoding)
    {
        var blocks = new List<DocumentBlock>();
        foreach (var (line, cells) in CsvRecords(text.TrimStart('\uFEFF')))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            // A line without a comma (a notice's line) is a paragraph; rows before the table's header are read as the
            // notice too, whatever their width.
            blocks.Add(cells.Count == 1
                ? new DocumentParagraph(line, cells[0].Trim())
                : new DocumentRow(line, cells.Select(c => new DocumentCell(c)).ToArray()));
        }
        return new PlanDocument($"CSV ({encoding})", blocks);
    }

    /// <summary>RFC 4180 records, each with the line it starts on; a quoted cell may hold commas, quotes ("") and line breaks.</summary>
    private static IEnumerable<(int Line, List<string> Cells)> CsvRecords(string text)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return (start, cells);
                    cells = [];
                    line++;
                    start = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (quoted)
        {
            throw new PlanImportException(start, "a quoted CSV cell is never closed (a \" is missing)");
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
