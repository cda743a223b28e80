using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Reads a PDF's text layer (a scanned page has none, and says so). A PDF knows only letters at positions and the
/// lines drawn, so the document's structure is found again the way a reader sees it: letters on one baseline make a
/// line; before a plan's table header the lines make paragraphs (a new one where a line is indented, the previous
/// one ended short, or a wider gap opens); from the header on, the columns are the strips of the page that the text
/// of the table fills, with the white gutters between them; the table's rows are the bands between its ruled lines
/// (or, with none drawn, start at a line with a 序号 or a numbered item); a line that crosses the gutters is a heading
/// across the table. Page numbers are left out. A place is a page and line of it.
/// </summary>
public static partial class PdfDocumentReader
{
    public static PlanDocument Read(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var lines = new List<TextLine>();
        var rules = new Dictionary<int, List<Rule>>();
        foreach (var page in pdf.GetPages())
        {
            lines.AddRange(Lines(page).Where(l => !IsPageNumber(l, page)));
            rules[page.Number] = HorizontalRules(page);
        }
        if (lines.Count == 0)
        {
            throw new PlanImportException(0,
                "the PDF has no text layer (a scan?): only a PDF with its text can be read; import the Word document or a text copy instead");
        }

        var places = new List<string>();
        var blocks = new List<DocumentBlock>();
        var headerAt = lines.FindIndex(l => TableHeader.Find(new DocumentRow(0, l.Chunks().Select(c => new DocumentCell(c.Text)).ToList())) is not null);
        var notice = headerAt < 0 ? lines : lines[..headerAt];
        foreach (var paragraph in Paragraphs(notice))
        {
            places.Add(paragraph[0].Place);
            blocks.Add(new DocumentParagraph(places.Count, string.Concat(paragraph.Select(l => l.Text)).Trim()));
        }
        if (headerAt >= 0)
        {
            foreach (var (place, cells, continuesAbove) in TableRows(lines[headerAt..], rules))
            {
                places.Add(place);
                blocks.Add(new DocumentRow(places.Count, cells.Select((c, i) => new DocumentCell(c, continuesAbove[i] && c.Length == 0)).ToList()));
            }
        }
        return new PlanDocument("PDF", blocks, line => line >= 1 && line <= places.Count ? places[line - 1] : $"block {line}");
    }

    /// <summary>One line of text: its letters in reading order, on one baseline of one page.</summary>
    private sealed record TextLine(int Page, int Number, double Baseline, IReadOnlyList<Letter> Letters)
    {
        public double Size { get; } = Letters.Max(l => l.PointSize);

        public double Left => Letters.First(l => !string.IsNullOrWhiteSpace(l.Value)).StartBaseLine.X;

        public double Right => Letters.Last(l => !string.IsNullOrWhiteSpace(l.Value)).EndBaseLine.X;

        public string Place => $"page {Page}, line {Number}";

        public string Text => Join(Letters);

        /// <summary>
        /// Runs of letters with more than half an em between them: what the cells of a table line look like (cells are
        /// padded; the letters of one text, spaces drawn, touch).
        /// </summary>
        public IEnumerable<(string Text, double Left, double Right)> Chunks()
        {
            var start = 0;
            for (var i = 1; i <= Letters.Count; i++)
            {
                if (i == Letters.Count || Letters[i].StartBaseLine.X - Letters[i - 1].EndBaseLine.X > Size / 2)
                {
                    var chunk = Letters.Skip(start).Take(i - start).ToList();
                    var ink = chunk.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                    if (ink.Count > 0)
                    {
                        yield return (Join(chunk).Trim(), ink[0].StartBaseLine.X, ink[^1].EndBaseLine.X);
                    }
                    start = i;
                }
            }
        }
    }

    /// <summary>Letters joined; a gap wider than a quarter em where no space is drawn is a space.</summary>
    private static string Join(IReadOnlyList<Letter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i].PointSize / 4 && text.Length > 0 && text[^1] != ' ' && letters[i].Value != " ")
            {
                text.Append(' ');
            }
            text.Append(letters[i].Value);
        }
        return text.ToString();
    }

    private static List<TextLine> Lines(Page page)
    {
        var lines = new List<TextLine>();
        var letters = page.Letters.Where(l => l.Value.Length > 0 && l.TextOrientation == TextOrientation.Horizontal)
            .OrderByDescending(l => l.StartBaseLine.Y).ToList();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > current[0].PointSize / 2)
            {
                Add();
            }
            current.Add(letter);
        }
        Add();
        return lines;

        void Add()
        {
            // Spaces at a line's ends are kept: where text wraps at a space, the space is the text's (a cell's ends are trimmed).
            var ordered = current.OrderBy(l => l.StartBaseLine.X).ToList();
            if (ordered.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                lines.Add(new TextLine(page.Number, lines.Count + 1, ordered[0].StartBaseLine.Y, ordered));
            }
            current = [];
        }
    }

    /// <summary>"— 3 —", "- 3 -", "3" alone near the top or bottom edge.</summary>
    private static bool IsPageNumber(TextLine line, Page page) =>
        (line.Baseline < 72 || line.Baseline > page.Height - 72) && PageNumber().IsMatch(line.Text);

    [GeneratedRegex(@"^[\s\-—–－]*\d{1,4}[\s\-—–－]*$")]
    private static partial Regex PageNumber();

    /// <summary>A horizontal ruled line (a table border) at a height, from one x to another.</summary>
    private sealed record Rule(double Y, double Left, double Right);

    private static List<Rule> HorizontalRules(Page page) =>
        page.Paths.SelectMany(path => path).Select(subpath => subpath.GetBoundingRectangle())
            .Where(r => r is { Height: < 2, Width: > 5 }).Select(r => new Rule(r!.Value.Bottom + r.Value.Height / 2, r.Value.Left, r.Value.Right))
            .ToList();

    /// <summary>The distinct heights of the rules, top first (borders drawn cell by cell share one).</summary>
    private static List<double> RuleHeights(List<Rule> rules)
    {
        var heights = new List<double>();
        foreach (var y in rules.Select(r => r.Y).OrderByDescending(y => y))
        {
            if (heights.Count == 0 || heights[^1] - y > 1)
            {
                heights.Add(y);
            }
        }
        return heights;
    }

    /// <summary>Lines joined into paragraphs: a new one after a line ending short, before an indented line, or across a wider gap.</summary>
    private static IEnumerable<List<TextLine>> Paragraphs(List<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            yield break;
        }
        var margin = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var paragraph = new List<TextLine> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            var (previous, line) = (lines[i - 1], lines[i]);
            var newParagraph = line.Left > margin + line.Size
                || previous.Right < right - 2 * previous.Size
                || line.Page == previous.Page && previous.Baseline - line.Baseline > 1.6 * Math.Max(line.Size, previous.Size);
            if (newParagraph)
            {
                yield return paragraph;
                paragraph = [];
            }
            paragraph.Add(line);
        }
        yield return paragraph;
    }

    /// <summary>
    /// The table from its header line on: cells by column, rows by ruled band (or by the lines that start one). A cell
    /// with no border above it continues the cell of the row above (a merged cell, its text written at the top).
    /// </summary>
    private static IEnumerable<(string Place, string[] Cells, bool[] ContinuesAbove)> TableRows(List<TextLine> lines, Dictionary<int, List<Rule>> rules)
    {
        var tableLeft = lines.Min(l => l.Left);
        var headings = lines.Where(l => IsHeading(l, tableLeft)).ToHashSet();
        var columns = Columns(lines, headings);
        var heights = rules.ToDictionary(r => r.Key, r => RuleHeights(r.Value));
        (string Place, bool[] ContinuesAbove, List<(TextLine Line, List<Letter>[] Cells)> Lines)? row = null;
        (int Page, int Band) band = (0, -1);
        foreach (var line in lines)
        {
            var cells = Assign(line, columns, out var crosses);
            crosses |= headings.Contains(line);
            var pageHeights = heights[line.Page];
            var ruled = pageHeights.Count >= 2;
            var thisBand = (line.Page, ruled ? pageHeights.Count(y => y > line.Baseline) : -1);
            var starts = row is null || crosses || (ruled
                ? thisBand != band
                : cells[0].Count > 0 || cells.Any(c => c.Count > 0 && StartsItem().IsMatch(Join(c))));
            if (starts && row is { } finished)
            {
                yield return (finished.Place, Cells(finished.Lines, columns), finished.ContinuesAbove);
            }
            if (starts)
            {
                var top = ruled && thisBand.Item2 > 0 ? pageHeights[thisBand.Item2 - 1] : (double?)null;
                var continuesAbove = columns.Select(c => top is { } y && !crosses
                    && !rules[line.Page].Any(r => Math.Abs(r.Y - y) <= 1 && r.Left <= (c.Left + c.Right) / 2 && r.Right >= (c.Left + c.Right) / 2)).ToArray();
                row = (line.Place, continuesAbove, []);
            }
            row!.Value.Lines.Add((line, crosses ? [[.. line.Letters], .. columns.Skip(1).Select(_ => new List<Letter>())] : cells));
            band = thisBand;
        }
        if (row is { } last)
        {
            yield return (last.Place, Cells(last.Lines, columns), last.ContinuesAbove);
        }
    }

    [GeneratedRegex(@"^\s*(?:[(（]\d+[)）]|\d+[.、．])")]
    private static partial Regex StartsItem();

    /// <summary>
    /// The columns, as x ranges: the strips the table's text fills, split at the white gutters between them (headings
    /// across the table left out), each strip under one header cell; a column's boundary is the middle of its gutter.
    /// </summary>
    private static List<(double Left, double Right)> Columns(List<TextLine> lines, HashSet<TextLine> headings)
    {
        var cellLines = lines.Where(l => !headings.Contains(l)).ToList();
        var left = (int)Math.Floor(lines.Min(l => l.Left));
        var coverage = new bool[(int)Math.Ceiling(lines.Max(l => l.Right)) - left + 2];
        foreach (var letter in cellLines.SelectMany(l => l.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            for (var x = (int)Math.Floor(letter.StartBaseLine.X); x < Math.Ceiling(letter.EndBaseLine.X); x++)
            {
                coverage[x - left] = true;
            }
        }
        var strips = new List<(double Left, double Right)>();
        for (var x = 0; x < coverage.Length; x++)
        {
            if (coverage[x])
            {
                var start = x;
                while (x < coverage.Length && coverage[x])
                {
                    x++;
                }
                strips.Add((left + start, left + x));
            }
        }

        // Strips under one header cell (a narrow column's centred numbers and its header) are one column.
        var header = lines[0].Chunks().ToList();
        int HeaderOver((double Left, double Right) strip) =>
            Enumerable.Range(0, header.Count).MinBy(h => header[h].Left < strip.Right && header[h].Right > strip.Left ? 0
                : Math.Min(Math.Abs(header[h].Left - strip.Right), Math.Abs(header[h].Right - strip.Left)));
        var columns = strips.GroupBy(HeaderOver).OrderBy(g => g.Key).Select(g => (Left: g.Min(s => s.Left), Right: g.Max(s => s.Right))).ToList();
        for (var i = 1; i < columns.Count; i++)
        {
            var middle = (columns[i - 1].Right + columns[i].Left) / 2;
            (columns[i - 1], columns[i]) = ((columns[i - 1].Left, middle), (middle, columns[i].Right));
        }
        return columns;
    }

    /// <summary>A heading across the table: one run of text from the table's left edge, longer than a cell's number.</summary>
    private static bool IsHeading(TextLine line, double tableLeft) =>
        line.Chunks().Count() == 1 && line.Left < tableLeft + line.Size && line.Right - line.Left > 4 * line.Size;

    /// <summary>The line's letters by column; <paramref name="crosses"/> when a letter stands in a gutter (a heading across the table).</summary>
    private static List<Letter>[] Assign(TextLine line, List<(double Left, double Right)> columns, out bool crosses)
    {
        var cells = columns.Select(_ => new List<Letter>()).ToArray();
        var columnOf = line.Letters.Select(l =>
        {
            var middle = (l.StartBaseLine.X + l.EndBaseLine.X) / 2;
            var index = columns.FindIndex(c => middle < c.Right);
            return index < 0 ? columns.Count - 1 : index;
        }).ToList();
        for (var i = 0; i < line.Letters.Count; i++)
        {
            cells[columnOf[i]].Add(line.Letters[i]);
        }
        // Text that runs on from one column into the next without a gap is not two cells.
        crosses = Enumerable.Range(1, line.Letters.Count - 1).Any(i => columnOf[i] != columnOf[i - 1]
            && line.Letters[i].StartBaseLine.X - line.Letters[i - 1].EndBaseLine.X < line.Letters[i].PointSize / 4
            && !string.IsNullOrWhiteSpace(line.Letters[i].Value) && !string.IsNullOrWhiteSpace(line.Letters[i - 1].Value));
        return cells;
    }

    /// <summary>
    /// A row's cells: each column's lines joined, without a break where a line ran to the column's edge (the text
    /// wrapped) and with one where it ended short (two names on two lines).
    /// </summary>
    private static string[] Cells(List<(TextLine Line, List<Letter>[] Cells)> lines, List<(double Left, double Right)> columns)
    {
        var cells = new string[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var text = new StringBuilder();
            List<Letter>? previous = null;
            var right = c + 1 < columns.Count ? columns[c].Right : lines.Max(l => l.Line.Right);
            foreach (var (_, parts) in lines)
            {
                var part = parts[c];
                if (part.Count == 0)
                {
                    continue;
                }
                if (previous is not null && previous[^1].EndBaseLine.X < right - 2 * previous[^1].PointSize - 4)
                {
                    text.Append('\n');
                }
                text.Append(Join(part));
                previous = part;
            }
            cells[c] = text.ToString().Trim();
        }
        return cells;
    }
}
