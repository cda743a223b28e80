using System.Text.RegularExpressions;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Reads the text extracted from a published plan (TAB-separated table after a notice) into rows.
/// It only splits and checks the shape; repairing what the extraction damaged is <see cref="PlanAssembler"/>'s job.
/// </summary>
public static partial class PlanTextReader
{
    private const string HeaderFirstCell = "序号";

    public static PlanText Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var preamble = new List<(int Line, string Text)>();
        var rows = new List<PlanTextRow>();
        var repeatedHeaders = new List<int>();
        var headerSeen = false;
        var startsPage = false;

        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (IsHeader(cells))
            {
                if (headerSeen)
                {
                    repeatedHeaders.Add(lineNumber);
                }
                headerSeen = true;
                startsPage = true;
                continue;
            }

            if (!headerSeen)
            {
                preamble.Add((lineNumber, line.Trim()));
                continue;
            }

            if (cells.Length != PlanTextRow.ColumnCount)
            {
                throw new PlanImportException(lineNumber,
                    $"expected {PlanTextRow.ColumnCount} TAB-separated columns (序号 名称 工作任务 主要责任部门 主要责任板块 分管区领导), found {cells.Length}");
            }

            rows.Add(new PlanTextRow(lineNumber, cells.Select(c => c.Trim()).ToArray(), startsPage));
            startsPage = false;
        }

        if (!headerSeen)
        {
            throw new PlanImportException(0, "no table header (序号 名称 工作任务 主要责任部门 主要责任板块 分管区领导) found: is this a task breakdown plan?");
        }

        return new PlanText(ReadPreamble(preamble), rows, repeatedHeaders);
    }

    private static bool IsHeader(string[] cells) =>
        cells.Length >= 2 && cells[0].Trim() == HeaderFirstCell && cells[1].Trim() == "名称";

    private static PlanPreamble ReadPreamble(List<(int Line, string Text)> lines)
    {
        var codeLine = lines.FirstOrDefault(l => DocumentCode().IsMatch(l.Text));
        if (codeLine.Text is null)
        {
            throw new PlanImportException(lines.FirstOrDefault().Line,
                "no document code (such as 吴政发〔2023〕2号) found before the table");
        }
        var code = codeLine.Text;

        // The annex title (…分解方案) names the plan; the last one before the table is the annex's own heading.
        var title = lines.LastOrDefault(l => l.Text.EndsWith("分解方案", StringComparison.Ordinal)).Text?.Replace("附件：", "").Trim()
            ?? lines.FirstOrDefault(l => l.Text.Contains("通知", StringComparison.Ordinal)).Text
            ?? code;
        title = Whitespace().Replace(title, "");

        var issuer = lines.Select(l => l.Text).FirstOrDefault(t => t.EndsWith("文件", StringComparison.Ordinal)) is { } letterhead
            ? letterhead[..^2].Trim()
            : IssuerInTitle().Match(title) is { Success: true } m ? m.Groups[1].Value : "";

        var yearMatch = YearInTitle().Match(title);
        var year = yearMatch.Success
            ? int.Parse(yearMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : int.Parse(DocumentCode().Match(code).Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);

        return new PlanPreamble(code, title, issuer, year);
    }

    [GeneratedRegex(@"^\S+〔(?<year>\d{4})〕\d+号$")]
    private static partial Regex DocumentCode();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"^(.+?人民政府)")]
    private static partial Regex IssuerInTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
