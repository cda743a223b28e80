using System.IO.Compression;
using Wuzhong.Api.Exports;

namespace Wuzhong.Api.Tests.Http;

/// <summary>The workbook writer on its own: every character kept, typed cells, the parts and styles readers require.</summary>
public sealed class XlsxWorkbookTests
{
    private static byte[] Write(params ExportTable[] tables)
    {
        using var stream = new MemoryStream();
        XlsxWorkbook.Write(stream, tables);
        return stream.ToArray();
    }

    private static ExportTable Table(string name, params (string Column, object? Value)[] cells) =>
        new(name, [.. cells.Select(c => new ExportColumn(c.Column, c.Column))], [cells.ToDictionary(c => c.Column, c => c.Value)]);

    [Fact]
    public void Every_character_is_kept_as_written_and_a_control_character_that_XML_cannot_hold_is_left_out()
    {
        var bytes = Write(Table("texts", ("emoji", "👍 完成"), ("rare", "𠀀𪚥"), ("control", "a\u0001b"), ("formula", "=1+1")));

        var row = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(("👍 完成", "𠀀𪚥", "ab", "=1+1"), (row["emoji"], row["rare"], row["control"], row["formula"]));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        // Text as inline strings, never as a formula; no _xD83D_ escapes.
        Assert.DoesNotMatch("<(\\w+:)?f>", sheet);
        Assert.DoesNotContain("_x", sheet);
    }

    [Fact]
    public void Numbers_dates_and_instants_are_typed_cells_and_columns_are_as_wide_as_their_East_Asian_width()
    {
        var bytes = Write(Table("typed", ("n", 42L), ("rate", 0.75), ("day", new DateOnly(2023, 6, 25)), ("at", new DateTime(2023, 6, 26, 2, 37, 0)),
            ("中文标题", "苏州市吴中区人民政府办公室")));

        var row = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal((42d, 0.75, new DateTime(2023, 6, 25), new DateTime(2023, 6, 26, 2, 37, 0)), (row["n"], row["rate"], row["day"], row["at"]));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        // 13 Chinese characters are 26 columns wide, plus the margin of 2.
        Assert.Contains("width=\"28\"", sheet);
        var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open()).ReadToEnd();
        // The two fills every reader expects first (openpyxl refuses a style sheet without them).
        Assert.Contains("patternType=\"none\"", styles);
        Assert.Contains("patternType=\"gray125\"", styles);
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        var bytes = Write(Table("a/b", ("x", 1L)), Table("a_b", ("x", 2L)), Table(new string('长', 40), ("x", 3L)));

        Assert.Equal(["a_b", "a_b (2)", new string('长', 31)], MiniExcelLibs.MiniExcel.GetSheetNames(new MemoryStream(bytes)));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("工信局", 6)]
    [InlineData("ＡＢ", 4)]
    [InlineData("👍", 2)]
    [InlineData("𠀀", 2)]
    public void East_Asian_wide_characters_count_two(string text, int width) => Assert.Equal(width, XlsxWorkbook.DisplayWidth(text));
}
