using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Reads a Word document (.docx): the body's paragraphs and tables in order, content controls looked into. A cell
/// spanning columns (gridSpan) is followed by empty cells, a cell merged down (vMerge) continues the one above.
/// A place is told as a person finds it: the paragraph's first words, or row n of table k.
/// </summary>
public static class WordDocumentReader
{
    public static PlanDocument Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new PlanImportException(0, "the Word document has no body");
        var blocks = new List<DocumentBlock>();
        var places = new List<string>();
        Walk(body, blocks, places, tables: [0]);
        return new PlanDocument("Word (.docx)", blocks, line => line >= 1 && line <= places.Count ? places[line - 1] : $"block {line}");
    }

    private static void Walk(OpenXmlElement container, List<DocumentBlock> blocks, List<string> places, int[] tables)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = Text(paragraph).Trim();
                    if (text.Length > 0)
                    {
                        places.Add($"the paragraph \"{Clip(text)}\"");
                        blocks.Add(new DocumentParagraph(places.Count, text));
                    }
                    break;
                case Table table:
                    var tableNumber = ++tables[0];
                    var rowNumber = 0;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        rowNumber++;
                        places.Add($"row {rowNumber} of table {tableNumber}");
                        blocks.Add(new DocumentRow(places.Count, Cells(row)));
                    }
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Walk(content, blocks, places, tables);
                    break;
            }
        }
    }

    private static List<DocumentCell> Cells(TableRow row)
    {
        var cells = new List<DocumentCell>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var merge = properties?.VerticalMerge;
            // <w:vMerge/> without a value continues the cell above; <w:vMerge w:val="restart"/> starts a merge.
            var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            var text = string.Join("\n", cell.Elements<Paragraph>().Select(Text).Where(t => t.Trim().Length > 0));
            cells.Add(continues ? new DocumentCell("", ContinuesAbove: true) : new DocumentCell(text));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++)
            {
                cells.Add(continues ? new DocumentCell("", ContinuesAbove: true) : DocumentCell.Empty);
            }
        }
        return cells;
    }

    /// <summary>A paragraph's text as it reads: runs' text, a tab as a space, a line break as a line break.</summary>
    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
