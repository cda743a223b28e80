using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Wuzhong.Api.Circulars;

/// <summary>
/// The circular as a Word document (DocumentFormat.OpenXml), laid out as a government office prints one (GB/T 9704):
/// A4, the title in 小标宋 (bold 宋体 where it is missing), headings in 黑体, the text in 仿宋, tables with ruled cells
/// and a title row repeated on every page, page numbers at the foot ("— 1 —").
/// </summary>
public static class CircularDocument
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Sizes in half points: 二号 22 pt, 三号 16 pt, 五号 10.5 pt.
    private const string TitleSize = "44", TextSize = "32", TableSize = "21";
    private const string TitleFont = "方正小标宋简体", HeadingFont = "黑体", TextFont = "仿宋", TableFont = "宋体";

    // A4 (11906 twips) less the left and right margins.
    private const int TextWidthTwips = 11906 - 1587 - 1474;

    public static void Write(Stream stream, CircularLayout circular)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        var body = new Body();
        body.Append(Paragraph(circular.Title, TitleFont, TitleSize, JustificationValues.Center, bold: true));
        body.Append(Paragraph(circular.Subtitle, TextFont, TextSize, JustificationValues.Center));
        body.Append(Paragraph($"{circular.Office}　{circular.IssuedOn}", TextFont, TextSize, JustificationValues.Center));
        foreach (var section in circular.Sections)
        {
            body.Append(Paragraph(section.Heading, HeadingFont, TextSize, JustificationValues.Left, firstLineIndent: true));
            foreach (var text in section.Paragraphs)
            {
                body.Append(Paragraph(text, TextFont, TextSize, JustificationValues.Both, firstLineIndent: true));
            }
            if (section.Table is { } table)
            {
                body.Append(Table(table));
            }
        }
        body.Append(Paragraph(circular.Closing, TextFont, TextSize, JustificationValues.Both, firstLineIndent: true));
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            // A4; margins of GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right.
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    private static Paragraph Paragraph(string text, string font, string size, JustificationValues justification, bool bold = false, bool firstLineIndent = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "560", LineRule = LineSpacingRuleValues.Exact },
            new Justification { Val = justification });
        if (firstLineIndent)
        {
            // Two characters, as Chinese paragraphs begin.
            properties.Append(new Indentation { FirstLineChars = 200 });
        }
        return new Paragraph(properties, Run(text, font, size, bold));
    }

    private static Run Run(string text, string font, string size, bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font });
        if (bold)
        {
            properties.Append(new Bold());
        }
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(CircularTable table)
    {
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" });
        var result = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, borders,
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })),
            Grid(table));
        result.Append(Row(table.Header, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, header: false));
        }
        return result;
    }

    /// <summary>
    /// The columns' widths (readers such as python-docx require the grid): the text width shared by how wide each
    /// column's longest text is (a long text counted as a few lines of a wide column); the layout is fixed to it.
    /// </summary>
    private static TableGrid Grid(CircularTable table)
    {
        var weights = table.Header.Select((title, i) => table.Rows.Select(r => i < r.Count ? Math.Min(TextWidth(r[i]), 40) : 0)
            .Append(TextWidth(title)).Max()).Select(w => Math.Max(w, 6)).ToList();
        var total = weights.Sum();
        return new TableGrid(weights.Select(w => new GridColumn { Width = (TextWidthTwips * w / total).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    private static int TextWidth(string text) => Exports.XlsxWorkbook.DisplayWidth(text);

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        // The title row is repeated at the top of every page; a row is never split across two.
        row.Append(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit()));
        foreach (var text in cells)
        {
            row.Append(new TableCell(new TableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" },
                    new Justification { Val = header ? JustificationValues.Center : JustificationValues.Left }), Run(text, TableFont, TableSize, header))));
        }
        return row;
    }

    /// <summary>"— 1 —" centred at the foot of every page, the number a PAGE field.</summary>
    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        Run("— ", TextFont, "28", bold: false),
        new SimpleField(Run("1", TextFont, "28", bold: false)) { Instruction = " PAGE " },
        Run(" —", TextFont, "28", bold: false)));
}
