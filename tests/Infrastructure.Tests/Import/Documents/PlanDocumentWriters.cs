using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Wuzhong.Infrastructure.Tests.Import.Documents;

/// <summary>Writes a <see cref="PublishedPlan"/> in the forms plans are published in, merges and spans as a publisher sets them.</summary>
public static class PlanDocumentWriters
{
    public static byte[] Docx(PublishedPlan plan)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in plan.Notice)
            {
                body.Append(Paragraph(line));
            }
            var table = new W.Table(new W.TableProperties(new W.TableWidth { Type = W.TableWidthUnitValues.Auto }));
            for (var r = 0; r < plan.Rows.Count; r++)
            {
                var row = new W.TableRow();
                if (plan.Spanning(r))
                {
                    row.Append(new W.TableCell(new W.TableCellProperties(new W.GridSpan { Val = plan.Width }), Paragraph(plan.Rows[r][0])));
                }
                else
                {
                    for (var c = 0; c < plan.Width; c++)
                    {
                        var properties = new W.TableCellProperties();
                        if (plan.Merged(r, c))
                        {
                            properties.Append(new W.VerticalMerge());
                        }
                        else if (plan.GroupColumns.Contains(c) && plan.Rows[r][c].Length > 0 && r + 1 < plan.Rows.Count && plan.Merged(r + 1, c))
                        {
                            properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                        }
                        // A cell's lines are paragraphs of their own, as Word keeps them.
                        var cell = new W.TableCell(properties);
                        cell.Append(plan.Merged(r, c) ? [Paragraph("")] : plan.Rows[r][c].Split('\n').Select(Paragraph).ToArray());
                        row.Append(cell);
                    }
                }
                table.Append(row);
            }
            body.Append(table);
            body.Append(Paragraph("抄送：区委各部门。"));
            document.AddMainDocumentPart().Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static byte[] Xlsx(PublishedPlan plan)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new X.Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new X.SheetData();
            var merges = new X.MergeCells();
            var rowNumber = 0u;
            foreach (var line in plan.Notice)
            {
                rowNumber++;
                data.Append(new X.Row(Cell(0, rowNumber, line)) { RowIndex = rowNumber });
                merges.Append(new X.MergeCell { Reference = $"A{rowNumber}:{Column(plan.Width - 1)}{rowNumber}" });
            }
            for (var r = 0; r < plan.Rows.Count; r++)
            {
                rowNumber++;
                var row = new X.Row { RowIndex = rowNumber };
                for (var c = 0; c < plan.Width; c++)
                {
                    var text = plan.Spanning(r) && c > 0 ? "" : plan.Rows[r][c];
                    if (text.Length > 0)
                    {
                        row.Append(Cell(c, rowNumber, text));
                    }
                }
                data.Append(row);
                if (plan.Spanning(r))
                {
                    merges.Append(new X.MergeCell { Reference = $"A{rowNumber}:{Column(plan.Width - 1)}{rowNumber}" });
                }
                foreach (var c in plan.GroupColumns)
                {
                    if (plan.Rows[r][c].Length > 0 && !plan.Spanning(r) && r + 1 < plan.Rows.Count && plan.Merged(r + 1, c))
                    {
                        var last = r + 1;
                        while (last + 1 < plan.Rows.Count && plan.Merged(last + 1, c))
                        {
                            last++;
                        }
                        merges.Append(new X.MergeCell { Reference = $"{Column(c)}{rowNumber}:{Column(c)}{rowNumber + (uint)(last - r)}" });
                    }
                }
            }
            var worksheet = new X.Worksheet(data);
            worksheet.Append(merges);
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.Append(new X.Sheets(new X.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "附件" }));
        }
        return stream.ToArray();
    }

    /// <summary>A whole number is written as a number, as a publisher types 序号; other text as an inline string.</summary>
    private static X.Cell Cell(int column, uint row, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new X.Cell { CellReference = $"{Column(column)}{row}", DataType = X.CellValues.Number, CellValue = new X.CellValue(number) }
            : new X.Cell(new X.InlineString(new X.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = $"{Column(column)}{row}", DataType = X.CellValues.InlineString,
            };

    private static string Column(int index) => ((char)('A' + index)).ToString();

    public static string Html(PublishedPlan plan)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>通知</title>\n");
        html.Append("<script>var nav = '<td>序号</td>';</script><style>td { border: 1px solid }</style></head>\n<body>\n");
        html.Append("<nav><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></nav>\n<div class=\"article\">\n");
        foreach (var line in plan.Notice)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }
        html.Append("<table>\n");
        for (var r = 0; r < plan.Rows.Count; r++)
        {
            html.Append("<tr>");
            if (plan.Spanning(r))
            {
                html.Append($"<td colspan=\"{plan.Width}\"><strong>{WebUtility.HtmlEncode(plan.Rows[r][0])}</strong></td>");
            }
            else
            {
                for (var c = 0; c < plan.Width; c++)
                {
                    if (plan.Merged(r, c))
                    {
                        continue;
                    }
                    var span = 1;
                    while (plan.GroupColumns.Contains(c) && r + span < plan.Rows.Count && plan.Merged(r + span, c))
                    {
                        span++;
                    }
                    var tag = plan.IsHeader(r) ? "th" : "td";
                    var cell = string.Join("<br>", plan.Rows[r][c].Split('\n').Select(WebUtility.HtmlEncode));
                    html.Append(span > 1 ? $"<{tag} rowspan=\"{span}\">" : $"<{tag}>").Append("\n  ").Append(cell).Append($"</{tag}>");
                }
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n<p>（此件公开发布）</p>\n</div></body></html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The plan as a PDF exported from Word: the notice's paragraphs, then the table ruled, each column as wide as its
    /// text needs (within bounds), a group's 序号 and 名称 written once at the top of its merged cell, headings across.
    /// </summary>
    public static byte[] Pdf(PublishedPlan plan)
    {
        var pdf = new PdfWriter();
        foreach (var line in plan.Notice)
        {
            pdf.Paragraph(line);
        }
        var wanted = Enumerable.Range(0, plan.Width)
            .Select(c => Math.Clamp(plan.Rows.Where((_, r) => !plan.Spanning(r)).Max(row => PdfWriter.Width(row[c])) + 2 * PdfWriter.Padding, 40, 330))
            .ToList();
        var scale = (PdfWriter.PageWidth - 2 * PdfWriter.Margin) / wanted.Sum();
        var widths = wanted.Select(w => w * scale).ToList();
        for (var r = 0; r < plan.Rows.Count; r++)
        {
            pdf.Row(widths, plan.Rows[r], spanning: plan.Spanning(r), continuesAbove: Enumerable.Range(0, plan.Width).Select(c => plan.Merged(r, c)).ToList());
        }
        return pdf.ToArray();
    }

    public static string Csv(PublishedPlan plan)
    {
        static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
        var csv = new StringBuilder();
        foreach (var line in plan.Notice)
        {
            csv.Append(Quote(line)).Append("\r\n");
        }
        foreach (var row in plan.Rows)
        {
            csv.Append(string.Join(",", row.Select(Quote))).Append("\r\n");
        }
        return csv.ToString();
    }
}
