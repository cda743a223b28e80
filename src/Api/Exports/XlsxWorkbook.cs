using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wuzhong.Api.Exports;

/// <summary>
/// Writes export tables as an Office Open XML workbook (DocumentFormat.OpenXml): one sheet per table, the title row
/// bold and frozen, numbers as numbers, dates and times as dates with their format, text as inline strings (every
/// character kept: emoji, CJK extension B), columns as wide as their contents in East Asian width (a Chinese character
/// counts two). Only the parts and styles readers require are written, in the order the schema gives, so that Excel,
/// LibreOffice, openpyxl and pandas all open it.
/// </summary>
public static class XlsxWorkbook
{
    private const int MaxSheetName = 31;
    private const double MinWidth = 6, MaxWidth = 60;

    // Cell formats of the style sheet, by index.
    private const uint TitleStyle = 1, DateStyle = 2, DateTimeStyle = 3;
    private const uint DateFormatId = 164, DateTimeFormatId = 165;

    public static void Write(Stream stream, IReadOnlyList<ExportTable> tables)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = new Sheets();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = Sheet(table, selected: sheetId == 1);
            sheets.Append(new Sheet { Name = SheetName(table.Name, names), SheetId = sheetId++, Id = workbookPart.GetIdOfPart(worksheetPart) });
        }
        workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets);
    }

    private static Worksheet Sheet(ExportTable table, bool selected)
    {
        var widths = table.Columns.Select(c => DisplayWidth(c.Title)).ToArray();
        var data = new SheetData();
        data.Append(Row(1, table.Columns.Select(c => Cell(c.Title, TitleStyle)).ToList()));
        uint number = 2;
        foreach (var row in table.Rows)
        {
            var cells = new List<Cell>(table.Columns.Count);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var value = row.GetValueOrDefault(table.Columns[i].Path);
                widths[i] = Math.Max(widths[i], DisplayWidth(ExportTable.Text(value)));
                cells.Add(Cell(value, style: null));
            }
            data.Append(Row(number++, cells));
        }
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        if (table.Rows.Count > 0)
        {
            view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft });
        }
        var worksheet = new Worksheet(new SheetViews(view));
        if (widths.Length > 0)
        {
            worksheet.Append(new Columns(widths.Select((width, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true, Width = Math.Clamp(width + 2, MinWidth, MaxWidth),
            })));
        }
        worksheet.Append(data);
        return worksheet;
    }

    private static Row Row(uint number, List<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].CellReference = ColumnName(i) + number;
        }
        return new Row(cells) { RowIndex = number };
    }

    private static Cell Cell(object? value, uint? style) => value switch
    {
        null => new Cell { StyleIndex = style },
        long or int or short or byte or decimal or double or float => new Cell
        {
            DataType = CellValues.Number, StyleIndex = style,
            CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        },
        DateTime instant => new Cell { StyleIndex = DateTimeStyle, CellValue = new CellValue(instant.ToOADate().ToString("R", System.Globalization.CultureInfo.InvariantCulture)) },
        DateOnly date => new Cell
        {
            StyleIndex = DateStyle,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            DataType = CellValues.InlineString, StyleIndex = style,
            InlineString = new InlineString(new Text(XmlSafe(ExportTable.Text(value))) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    /// <summary>The style sheet readers require: the two reserved fills, one font, border and cell style, and four formats.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = DateTimeFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>A, B, … Z, AA, AB …</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }
        return name;
    }

    /// <summary>The width a text takes in a fixed-width font: East Asian wide and fullwidth characters (and emoji) count two.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            width += c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF
                or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
        }
        return width;
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters) left out, a lone surrogate replaced (U+FFFD); every other character kept.</summary>
    private static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xFFFD or >= 0x10000)
            {
                safe.Append(rune.ToString());
            }
        }
        return safe.ToString();
    }

    /// <summary>A name Excel accepts (31 characters, none of []:*?/\), unique in the workbook.</summary>
    private static string SheetName(string field, HashSet<string> taken)
    {
        var name = new string(field.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        name = name.Length > MaxSheetName ? name[..MaxSheetName] : name;
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = (name.Length + suffix.Length > MaxSheetName ? name[..(MaxSheetName - suffix.Length)] : name) + suffix;
        }
        return unique;
    }
}
