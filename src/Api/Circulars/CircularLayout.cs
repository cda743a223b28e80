using System.Globalization;
using Wuzhong.Api.Exports;

namespace Wuzhong.Api.Circulars;

/// <summary>A table of the circular: its caption, column titles and rows of text as printed.</summary>
public sealed record CircularTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One numbered part of the circular (一、总体情况 …): its heading, paragraphs and table.</summary>
public sealed record CircularSection(string Heading, IReadOnlyList<string> Paragraphs, CircularTable? Table);

/// <summary>
/// The circular in the office's customary form, written once for both the Word document and the print page: the
/// title with the period, the office and the date of issue, then the parts in order, every figure as the API gave it
/// (rates in per cent with one decimal, times in the district's time zone).
/// </summary>
public sealed record CircularLayout(string Title, string Subtitle, string Office, string IssuedOn, IReadOnlyList<CircularSection> Sections, string Closing)
{
    private const int TaskTextLength = 60;

    private static readonly string[] RankingHeader = ["排名", "责任单位", "应报", "按时报送", "逾期报送", "待报送", "逾期未报", "按时报送率", "较上月"];

    public static CircularLayout Of(Circular circular, DateOnly issuedOn, TimeZoneInfo timeZone)
    {
        var (year, month) = (circular.Year, circular.Month);
        var due = circular.DueDate is { } date ? Day(date) : "截止日期";
        var asOf = TimeZoneInfo.ConvertTime(circular.AsOf, timeZone);
        var totals = circular.Totals;
        var tasks = circular.Tasks;
        var notReported = circular.Owed.Where(r => r.State is "PENDING" or "MISSING").ToList();
        var late = circular.Owed.Where(r => r.State == "LATE").ToList();

        var overview = new CircularSection("一、总体情况",
        [
            $"截至{Day(DateOnly.FromDateTime(asOf.DateTime))}{asOf:HH:mm}，{year}年{month}月应报送工作进度{totals.Expected}份（报送截止日期为{due}），" +
            $"按时报送{totals.OnTime}份，逾期报送{totals.Late}份，待报送{totals.Pending}份，逾期未报{totals.Missing}份，按时报送率{Rate(totals.OnTimeRate)}。",
            $"全区{tasks.Count}项工作任务中，已完成{tasks.Completed}项，进度滞后{tasks.Delayed}项，存在风险{tasks.AtRisk}项，本月逾期未报{tasks.Overdue}项，" +
            $"平均进度{(tasks.AverageProgress is { } average ? average.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—")}。本年各月报送情况如下：",
        ], new CircularTable(["月份", "应报", "按时报送", "逾期报送", "待报送", "逾期未报", "按时报送率"],
            [.. circular.YearToDate.Select(p => (IReadOnlyList<string>)[p.Period, .. Counts(p.Figures)])]));

        return new CircularLayout(
            Title: $"{year}年主要工作任务推进情况督查通报",
            Subtitle: $"（{year}年{month}月）",
            Office: circular.Issuer.Length > 0 ? circular.Issuer + "办公室" : "督查办公室",
            IssuedOn: Day(issuedOn),
            Sections:
            [
                overview,
                new CircularSection("二、牵头单位报送情况", ["按按时报送率排名（率相同者并列），“较上月”为按时报送率变化的百分点："], Ranking(circular.Lead)),
                new CircularSection("三、配合单位报送情况", ["按按时报送率排名（率相同者并列）："], Ranking(circular.Supporting)),
                new CircularSection("四、未报送情况",
                    [notReported.Count == 0 ? "无。" : $"以下{notReported.Count}份进度尚未报送（截止日期前为待报送，截止日期后为逾期未报）："],
                    notReported.Count == 0 ? null : new CircularTable(["序号", "责任单位", "工作任务", "情况"],
                        [.. notReported.Select((r, i) => (IReadOnlyList<string>)[Number(i + 1), r.Department, Task(r.TaskNumber, r.TaskText), ExportTerms.Value("ComplianceState", r.State)])])),
                new CircularSection("五、逾期报送情况",
                    [late.Count == 0 ? "无。" : $"以下{late.Count}份进度在截止日期后报送："],
                    late.Count == 0 ? null : new CircularTable(["序号", "责任单位", "工作任务", "报送时间"],
                        [.. late.Select((r, i) => (IReadOnlyList<string>)[Number(i + 1), r.Department, Task(r.TaskNumber, r.TaskText), Time(r.SubmittedAt, timeZone)])])),
                new CircularSection("六、进度滞后和存在风险的任务",
                    [circular.Troubled.Count == 0 ? "无。" : $"本月有{circular.Troubled.Select(t => t.TaskNumber).Distinct().Count()}项任务被责任单位报为进度滞后或存在风险："],
                    circular.Troubled.Count == 0 ? null : new CircularTable(["任务", "工作任务", "责任单位", "状态", "进度", "进展情况"],
                        [.. circular.Troubled.Select(t => (IReadOnlyList<string>)[$"({t.TaskNumber})", Clip(t.TaskText), t.Department,
                            ExportTerms.Value("TaskStatus", t.Status), t.ProgressPercent.ToString(CultureInfo.InvariantCulture) + "%", t.Summary])])),
                new CircularSection("七、主要预期目标完成情况", ["各项目标的目标值与最新报送值："],
                    new CircularTable(["序号", "主要预期目标", "指标", "目标值", "最新值", "是否达成", "完成比例"],
                        [.. circular.Targets.Select(g => (IReadOnlyList<string>)[Number(g.Number), g.Target, g.Goal,
                            $"{Decimal(g.Value)}{g.Unit}（{ExportTerms.Value("GoalComparison", g.Comparison)}）",
                            g.LatestValue is { } value ? Decimal(value) + g.Unit : "—",
                            g.Reached is { } reached ? ExportTerms.YesNo(reached) : "—",
                            g.ShareReached is { } share ? Rate(share) : "—"])])),
            ],
            Closing: $"请逾期报送和逾期未报的单位说明原因、及时补报；各责任单位须于每月{circular.DueDate?.Day ?? 25}日前按时报送工作进展。本通报结果纳入年度绩效考核。");
    }

    private static CircularTable Ranking(IReadOnlyList<RankedUnit> units) => new(RankingHeader,
        [.. units.Select(u => (IReadOnlyList<string>)[Number(u.Rank), u.Department, .. Counts(u.Figures), Change(u.Change)])]);

    private static IEnumerable<string> Counts(ComplianceFigures f) =>
        [Number(f.Expected), Number(f.OnTime), Number(f.Late), Number(f.Pending), Number(f.Missing), Rate(f.OnTimeRate)];

    public static string Rate(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The change of a rate in percentage points, signed; — without a month before.</summary>
    public static string Change(double? change) => change switch
    {
        null => "—",
        > 0.00005 => "+" + (change.Value * 100).ToString("0.0", CultureInfo.InvariantCulture),
        < -0.00005 => (change.Value * 100).ToString("0.0", CultureInfo.InvariantCulture),
        _ => "0.0",
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static string Time(DateTimeOffset? at, TimeZoneInfo timeZone) =>
        at is { } instant ? TimeZoneInfo.ConvertTime(instant, timeZone).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture) : "—";

    private static string Task(int number, string text) => $"({number}) {Clip(text)}";

    private static string Clip(string text) => text.Length <= TaskTextLength ? text : text[..TaskTextLength] + "…";
}
