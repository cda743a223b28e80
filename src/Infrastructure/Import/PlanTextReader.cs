using System.Text.RegularExpressions;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Reads a plan document (any format, see <see cref="PlanDocumentReader"/>) into the notice before its table and the
/// table's rows in the six columns the assembler knows. The table's header is found by its column names, in any order
/// and with any subset of them (<see cref="PlanColumnHeaders"/>); lead and supporting departments in columns of their
/// own become one list with the leads marked ★; a responsibility cell merged down over several rows holds for each of
/// them. It only finds and places the cells; repairing what the extraction damaged is <see cref="PlanAssembler"/>'s job.
/// </summary>
public static partial class PlanTextReader
{
    /// <summary>A plan as TAB-separated text.</summary>
    public static PlanText Read(string text) => Read(TextDocumentReader.Read(text));

    public static PlanText Read(PlanDocument document)
    {
        var preamble = new List<(int Line, string Text)>();
        var rows = new List<PlanTextRow>();
        var repeatedHeaders = new List<int>();
        var ignoredColumns = new List<(int Line, string Header)>();
        TableHeader? header = null;
        var startsPage = false;
        string[]? above = null;

        foreach (var block in document.Blocks)
        {
            if (block is DocumentRow headerRow && TableHeader.Find(headerRow) is { } found)
            {
                if (header is not null && found.SameColumns(header))
                {
                    repeatedHeaders.Add(block.Line);
                }
                else
                {
                    ignoredColumns.AddRange(found.Ignored.Select(h => (block.Line, h)));
                }
                header = found;
                startsPage = true;
                above = null;
                continue;
            }

            if (header is null)
            {
                var text = block is DocumentParagraph paragraph ? paragraph.Text
                    : string.Join(" ", ((DocumentRow)block).Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0));
                preamble.Add((block.Line, text));
                continue;
            }

            string[] cells;
            if (block is DocumentParagraph between)
            {
                // Word and web pages often set a part or section heading as a paragraph between two tables; any other
                // paragraph after the table has begun (a signature, 抄送) is not part of the plan.
                if (!HeadingParagraph().IsMatch(between.Text))
                {
                    continue;
                }
                cells = [between.Text, "", "", "", "", ""];
            }
            else
            {
                var row = (DocumentRow)block;
                if (document.FixedRowWidth && row.Cells.Count != header.Width)
                {
                    throw new PlanImportException(row.Line,
                        $"expected {header.Width} TAB-separated columns ({header.Names}), found {row.Cells.Count}");
                }
                if (row.Cells.Skip(header.Width).Any(c => c.Text.Trim().Length > 0))
                {
                    throw new PlanImportException(row.Line,
                        $"the row has {row.Cells.Count} cells, but the table's header has {header.Width} ({header.Names})");
                }
                cells = header.Place(row, above);
            }
            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }
            rows.Add(new PlanTextRow(block.Line, cells, startsPage));
            above = cells;
            startsPage = false;
        }

        if (header is null && ListLayoutReader.Read(document) is { } list)
        {
            return new PlanText(ReadPreamble(list.Notice), list.Rows, []);
        }
        if (header is null)
        {
            throw new PlanImportException(0,
                $"no table header found in this {document.Format}: a plan's table starts with a row naming its columns, such as " +
                $"序号 名称 工作任务 主要责任部门 主要责任板块 分管区领导 (known headers: {PlanColumnHeaders.Describe()}), and no list of items with their responsibilities (…（牵头单位：…；责任单位：…） or a line 牵头单位：… after each item) either; is this a task breakdown plan?");
        }

        return new PlanText(ReadPreamble(preamble), rows, repeatedHeaders) { IgnoredColumns = ignoredColumns };
    }

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")]
    private static partial Regex HeadingParagraph();

    /// <summary>
    /// What the notice says of the plan: its code (文号, optional: a web page or a list may have none), its title (the
    /// annex heading …分解方案, or the line that names the year's tasks), its issuer (the letterhead …文件, the government
    /// the title names, or the notice's signature) and its year (the title's, else the code's).
    /// </summary>
    private static PlanPreamble ReadPreamble(List<(int Line, string Text)> lines)
    {
        var code = lines.Select(l => DocumentCode().Match(Whitespace().Replace(l.Text, ""))).FirstOrDefault(m => m.Success) is { } codeMatch
            ? $"{codeMatch.Groups["prefix"].Value}〔{codeMatch.Groups["year"].Value}〕{codeMatch.Groups["number"].Value}号"
            : null;

        // The annex title (…分解方案) names the plan; the last one before the table is the annex's own heading.
        var title = lines.LastOrDefault(l => l.Text.EndsWith("分解方案", StringComparison.Ordinal)).Text?.Replace("附件：", "").Trim()
            ?? lines.FirstOrDefault(l => PlanTitle().IsMatch(l.Text) && l.Text.Length <= 80).Text
            ?? lines.FirstOrDefault(l => l.Text.Contains("通知", StringComparison.Ordinal)).Text
            ?? code
            ?? throw new PlanImportException(lines.FirstOrDefault().Line,
                "no title found before the table: neither a heading (…任务分解方案, …年…工作任务…) nor a document code (such as 吴政发〔2023〕2号)");
        title = Whitespace().Replace(title, "");

        var issuer = lines.Select(l => Whitespace().Replace(l.Text, "")).FirstOrDefault(t => t.EndsWith("文件", StringComparison.Ordinal) && t.Length <= 30) is { } letterhead
            ? letterhead[..^2]
            : Government().Match(title) is { Success: true } named ? named.Groups["issuer"].Value
            : lines.Select(l => Whitespace().Replace(l.Text, "")).LastOrDefault(t => t.Length <= 30 && Government().Match(t) is { Success: true } m && m.Length == t.Length) ?? "";

        var year = YearInTitle().Match(title) is { Success: true } inTitle ? int.Parse(inTitle.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : code is not null ? int.Parse(DocumentCode().Match(code).Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : lines.Select(l => YearInTitle().Match(l.Text)).FirstOrDefault(m => m.Success) is { } anywhere ? int.Parse(anywhere.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new PlanImportException(lines.FirstOrDefault().Line, $"the year of the plan \"{title}\" is not said before the table (…2024年…)");

        return new PlanPreamble(code, title, issuer, year);
    }

    /// <summary>吴政发〔2023〕2号, also printed with [2023], ［2023］ or （2023）.</summary>
    [GeneratedRegex(@"^(?<prefix>\S+?)[〔\[［(（](?<year>\d{4})[〕\]］)）](?<number>\d+)号$")]
    private static partial Regex DocumentCode();

    [GeneratedRegex(@"\d{4}\s*年.*(任务|方案|清单|安排|目标)")]
    private static partial Regex PlanTitle();

    /// <summary>The issuing government a title or signature names: …人民政府, …管委会, …管理委员会.</summary>
    [GeneratedRegex(@"^(?<issuer>.+?(人民政府|管理委员会|管委会))")]
    private static partial Regex Government();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
