using Wuzhong.Domain.Reporting;

namespace Wuzhong.Domain.Tests;

public class ReportingRulesTests
{
    private static IEnumerable<string> Codes(ReportSubmission submission, int maxSummary = 2000) =>
        ReportingRules.CheckProgress(submission, maxSummary).Select(v => v.Code);

    [Fact]
    public void A_sound_report_breaks_no_rule() =>
        Assert.Empty(Codes(new ReportSubmission(TaskProgressStatus.OnTrack, 40, "规划已报批")));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Percent_outside_0_to_100_is_out_of_range(int percent) =>
        Assert.Equal([ReportingErrorCodes.OutOfRange], Codes(new ReportSubmission(TaskProgressStatus.OnTrack, percent, "进展")));

    [Fact]
    public void Completed_means_100() =>
        Assert.Equal([ReportingErrorCodes.CompletedNeeds100], Codes(new ReportSubmission(TaskProgressStatus.Completed, 99, "基本完成")));

    [Fact]
    public void Not_reported_is_no_status_a_report_can_give() =>
        Assert.Equal([ReportingErrorCodes.InvalidStatus], Codes(new ReportSubmission(TaskProgressStatus.NotReported, 0, "无")));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_summary_is_refused(string summary) =>
        Assert.Equal([ReportingErrorCodes.SummaryEmpty], Codes(new ReportSubmission(TaskProgressStatus.OnTrack, 10, summary)));

    [Fact]
    public void A_summary_over_the_limit_is_refused() =>
        Assert.Equal([ReportingErrorCodes.SummaryTooLong], Codes(new ReportSubmission(TaskProgressStatus.OnTrack, 10, new string('进', 11)), maxSummary: 10));

    [Fact]
    public void Every_broken_rule_is_reported_with_its_field()
    {
        var violations = ReportingRules.CheckProgress(new ReportSubmission(TaskProgressStatus.Completed, 50, "", QuantityReached: -3));

        Assert.Equal(["progressPercent", "quantityReached", "summary"], violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("2023-03", 2023, 3)]
    [InlineData(" 2023-3 ", 2023, 3)]
    [InlineData("2023-12", 2023, 12)]
    public void Reads_a_period_label(string label, int year, int month) =>
        Assert.Equal((year, month), ReportingRules.ParsePeriodLabel(label));

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023/03")]
    [InlineData("March")]
    [InlineData("2023-03-01")]
    public void Refuses_what_is_not_a_month(string label) => Assert.Null(ReportingRules.ParsePeriodLabel(label));

    [Fact]
    public void A_summary_keeps_its_ideographic_indent_and_loses_only_ASCII_space_around_it()
    {
        Assert.Equal("\u3000\u3000完成招标。", ReportingRules.TrimOuterSpace(" \u3000\u3000完成招标。\r\n"));
        Assert.Equal(ReportingErrorCodes.SummaryEmpty, Assert.Single(ReportingRules.CheckSummary("\u3000\u3000 ")).Code);
    }
}
