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

    [Theory]
    [InlineData("🏙", 10, true)] // an emoji: two UTF-16 units, one character
    [InlineData("🏙", 11, false)]
    [InlineData("👩‍👩‍👧‍👦", 10, true)] // a family: eleven units joined, one character
    [InlineData("👩‍👩‍👧‍👦", 11, false)]
    [InlineData("e\u0301", 10, true)] // e and a combining accent
    public void A_summary_is_measured_in_characters_as_a_person_counts_them(string character, int count, bool accepted)
    {
        var summary = character + new string('进', count - 1);

        Assert.Equal(accepted ? [] : [ReportingErrorCodes.SummaryTooLong],
            Codes(new ReportSubmission(TaskProgressStatus.OnTrack, 10, summary), maxSummary: 10));
    }

    [Fact]
    public void A_summary_of_few_characters_that_takes_too_much_storage_is_refused_saying_why()
    {
        // One letter under 60 combining marks is one character for a reader and 61 code units to store.
        var stacked = "a" + new string('\u0301', 60);

        var violation = Assert.Single(ReportingRules.CheckSummary(stacked, maxSummaryLength: 10));

        Assert.Equal((ReportingErrorCodes.SummaryTooLong, "summary"), (violation.Code, violation.Field));
        Assert.Contains("61 UTF-16 code units; at most 40", violation.Message);
    }

    [Fact]
    public void A_chinese_paragraph_keeps_its_ideographic_indent_and_it_counts()
    {
        Assert.Equal("\u3000\u3000推进中", ReportingRules.TrimOuterSpace("\u3000\u3000推进中\n"));
        Assert.Equal([ReportingErrorCodes.SummaryTooLong],
            Codes(new ReportSubmission(TaskProgressStatus.OnTrack, 10, "\u3000\u3000" + new string('进', 9)), maxSummary: 10));
    }

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
