using System.Globalization;
using System.Text;

namespace Wuzhong.Infrastructure.Tests.Import.Documents;

/// <summary>
/// Writes PDFs as office software exports them, as far as a reader of the text layer can tell: pages of positioned
/// text in a CID font (Identity-H, with the ToUnicode map that makes it text), ruled table borders and page numbers.
/// The font is not embedded (the reader needs its widths and Unicode map, not its glyphs): no font file is needed.
/// A4 landscape, 10 pt text; CJK letters an em wide, others half.
/// </summary>
public sealed class PdfWriter
{
    public const double PageWidth = 842, PageHeight = 595, Margin = 40, Size = 10, LineHeight = 14, Padding = 4;

    private readonly List<StringBuilder> _pages = [];
    private readonly Dictionary<char, int> _codes = [];
    private StringBuilder _page = null!;
    private double? _tableWidth;

    public PdfWriter() => NewPage();

    /// <summary>Where the next line goes: the baseline's distance from the page's bottom edge.</summary>
    public double Y { get; set; }

    public static double Width(char c) => c >= 0x2E80 ? Size : Size / 2;

    public static double Width(string text) => text.Sum(Width);

    public void NewPage()
    {
        _page = new StringBuilder();
        _pages.Add(_page);
        // The page number, as the office's template prints it.
        Text(PageWidth / 2 - 15, 20, $"— {_pages.Count} —");
        Y = PageHeight - Margin;
    }

    public void Text(double x, double y, string text)
    {
        var hex = new StringBuilder();
        foreach (var c in text)
        {
            if (!_codes.TryGetValue(c, out var code))
            {
                _codes[c] = code = _codes.Count + 1;
            }
            hex.Append(code.ToString("X4", CultureInfo.InvariantCulture));
        }
        _page.Append(CultureInfo.InvariantCulture, $"BT /F1 {Size} Tf 1 0 0 1 {x:0.##} {y:0.##} Tm <{hex}> Tj ET\n");
    }

    public void Line(double x1, double y1, double x2, double y2) =>
        _page.Append(CultureInfo.InvariantCulture, $"0.5 w {x1:0.##} {y1:0.##} m {x2:0.##} {y2:0.##} l S\n");

    /// <summary>The text broken into lines no wider than <paramref name="width"/>, letter by letter as CJK text wraps.</summary>
    public static List<string> Wrap(string text, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var used = 0.0;
            foreach (var c in paragraph)
            {
                if (used + Width(c) > width && line.Length > 0)
                {
                    lines.Add(line.ToString());
                    (line, used) = (new StringBuilder(), 0);
                }
                line.Append(c);
                used += Width(c);
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>A paragraph of running text across the page, a little space after it.</summary>
    public void Paragraph(string text, double indent = 0)
    {
        var lines = Wrap(text, PageWidth - 2 * Margin - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Y < Margin + LineHeight)
            {
                NewPage();
            }
            Text(Margin + (i == 0 ? indent : 0), Y, lines[i]);
            Y -= LineHeight;
        }
        Y -= LineHeight / 2;
    }

    /// <summary>
    /// A table row: each cell's text wrapped in its column and top-aligned; a cell of <paramref name="spanning"/> text runs
    /// across the whole table. Borders drawn round every cell; a row that does not fit starts a new page.
    /// </summary>
    /// <param name="continuesAbove">The cells merged down from the row above: no border between them and it.</param>
    public void Row(IReadOnlyList<double> widths, IReadOnlyList<string> cells, bool spanning = false, IReadOnlyList<bool>? continuesAbove = null)
    {
        var total = widths.Sum();
        var wrapped = spanning ? [Wrap(cells[0], total - 2 * Padding)] : cells.Select((c, i) => Wrap(c, widths[i] - 2 * Padding)).ToList();
        var height = wrapped.Max(w => w.Count) * LineHeight + 2 * Padding;
        if (Y - height < Margin)
        {
            CloseTable();
            NewPage();
        }
        _tableWidth = total;
        var top = Y;
        var x = Margin;
        for (var c = 0; c < wrapped.Count; c++)
        {
            for (var l = 0; l < wrapped[c].Count; l++)
            {
                Text(x + Padding, top - Padding - Size - l * LineHeight, wrapped[c][l]);
            }
            x += spanning ? total : widths[c];
        }
        // The border above, cell by cell (a merged cell has none); the one below the last row on a page closes the table.
        var left = Margin;
        for (var c = 0; c < widths.Count; c++)
        {
            if (continuesAbove?[c] != true)
            {
                Line(left, top, left + widths[c], top);
            }
            left += widths[c];
        }
        var edge = Margin;
        Line(edge, top, edge, top - height);
        foreach (var width in widths)
        {
            edge += width;
            if (!spanning || edge >= Margin + total - 0.1)
            {
                Line(edge, top, edge, top - height);
            }
        }
        Y = top - height;
    }

    /// <summary>The border under the table's last row on the page.</summary>
    private void CloseTable()
    {
        if (_tableWidth is { } width)
        {
            Line(Margin, Y, Margin + width, Y);
        }
        _tableWidth = null;
    }

    public byte[] ToArray()
    {
        CloseTable();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", _pages.Select((_, i) => $"{7 + 2 * i} 0 R"))}] /Count {_pages.Count} >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor 6 0 R /DW 1000 /W [{string.Join(" ", _codes.Where(c => Width(c.Key) < Size).Select(c => $"{c.Value} [500]"))}] /CIDToGIDMap /Identity >>",
            Stream(ToUnicode()),
            "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>",
        };
        foreach (var page in _pages)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count + 2} 0 R >>");
            objects.Add(Stream(page.ToString()));
        }

        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length); // every character written is ASCII: one byte each
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Stream(string content) => $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private string ToUnicode()
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in _codes.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var (c, code) in block)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{code:X4}> <{(int)c:X4}>\n");
            }
            map.Append("endbfchar\n");
        }
        return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").ToString();
    }
}
