using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Wuzhong.Infrastructure.Import.Documents;

/// <summary>
/// Reads a web page (the government site's page of the plan): its tables row by row, a rowspan continuing a cell
/// down and a colspan followed by empty cells, and every other block of text (headings, paragraphs, list items,
/// line-broken text in a div) as paragraphs, in the order they stand. Scripts, styles and navigation are skipped. A
/// place is the line of the page's source.
/// </summary>
public static class HtmlDocumentReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "nav", "head" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "div", "section", "article", "header", "footer", "blockquote", "pre", "center",
    };

    /// <summary>Stands for a &lt;br&gt; while text is gathered: the source's own line breaks are only white space.</summary>
    private const char LineBreak = '\u2028';

    public static PlanDocument Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var blocks = new List<DocumentBlock>();
        if (document.Body is { } body)
        {
            Walk(body, blocks);
        }
        return new PlanDocument("web page (HTML)", blocks, line => $"line {line}");
    }

    private static void Walk(IElement element, List<DocumentBlock> blocks)
    {
        var text = new System.Text.StringBuilder();
        var textLine = Line(element);

        void FlushText()
        {
            foreach (var part in text.ToString().Split(LineBreak))
            {
                if (part.Trim().Length > 0)
                {
                    blocks.Add(new DocumentParagraph(textLine, Collapse(part)));
                }
            }
            text.Clear();
        }

        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IElement child when Skipped.Contains(child.LocalName):
                    break;
                case IHtmlTableElement table:
                    FlushText();
                    ReadTable(table, blocks);
                    textLine = Line(table);
                    break;
                case IElement child when Blocks.Contains(child.LocalName) || child.QuerySelector("table") is not null:
                    FlushText();
                    Walk(child, blocks);
                    textLine = Line(child);
                    break;
                case IElement { LocalName: "br" } br:
                    text.Append(LineBreak);
                    textLine = text.ToString().Trim().Length == 0 ? Line(br) : textLine;
                    break;
                case IElement child:
                    if (text.ToString().Trim().Length == 0)
                    {
                        textLine = Line(child);
                    }
                    text.Append(InlineText(child));
                    break;
                case IText fragment:
                    text.Append(fragment.Data);
                    break;
            }
        }
        FlushText();
    }

    private static void ReadTable(IHtmlTableElement table, List<DocumentBlock> blocks)
    {
        // Cells a rowspan carries into later rows: (row, column) → continues.
        var carried = new HashSet<(int Row, int Column)>();
        var rowIndex = 0;
        foreach (var row in table.Rows)
        {
            var cells = new List<DocumentCell>();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (carried.Contains((rowIndex, column)))
                {
                    cells.Add(new DocumentCell("", ContinuesAbove: true));
                    column++;
                }
                var rowSpan = Math.Max(1, cell.RowSpan);
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, 1000);
                cells.Add(new DocumentCell(CellText(cell)));
                for (var i = 1; i < columnSpan; i++)
                {
                    cells.Add(DocumentCell.Empty);
                }
                for (var down = 1; down < Math.Min(rowSpan, 10_000); down++)
                {
                    for (var across = 0; across < columnSpan; across++)
                    {
                        carried.Add((rowIndex + down, column + across));
                    }
                }
                column += columnSpan;
            }
            while (carried.Contains((rowIndex, column)))
            {
                cells.Add(new DocumentCell("", ContinuesAbove: true));
                column++;
            }
            blocks.Add(new DocumentRow(Line(row), cells));
            rowIndex++;
        }
    }

    /// <summary>A cell's text, its paragraphs and line breaks kept as line breaks.</summary>
    private static string CellText(IElement cell)
    {
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var node in cell.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            else if (node is IElement element && Blocks.Contains(element.LocalName))
            {
                lines.Add(current.ToString());
                current.Clear();
                lines.Add(CellText(element));
            }
            else
            {
                current.Append(node is IElement inline ? InlineText(inline) : node.TextContent);
            }
        }
        lines.Add(current.ToString());
        return string.Join("\n", lines.SelectMany(l => l.Split(LineBreak)).Select(Collapse).Where(l => l.Length > 0));
    }

    private static string InlineText(IElement element) =>
        string.Concat(element.ChildNodes.Select(n => n is IElement { LocalName: "br" } ? LineBreak.ToString() : n is IElement e ? InlineText(e) : n.TextContent));

    /// <summary>White space as a browser shows it: runs of spaces and line breaks of the source are one space; &amp;nbsp; too.</summary>
    private static string Collapse(string text) => string.Join(' ', text.Replace('\u00A0', ' ').Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static int Line(INode node) => (node as IElement)?.SourceReference?.Position.Line ?? 0;
}
