using Wuzhong.Domain.Reporting;

namespace Wuzhong.Domain.Tests;

public class OverdueRuleTests
{
    private static readonly ReportingCalendar Calendar = ReportingCalendar.ForDistrict();
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Month_keys_compare_as_periods_do_and_parse_as_users_write_them()
    {
        Assert.Equal(202306, MonthKey.Of(2023, 6));
        Assert.Equal(MonthKey.Of(2023, 12), MonthKey.Of(ReportPeriod.For(2023, 12)));
        Assert.True(MonthKey.Of(2023, 12) < MonthKey.Of(2024, 1));
        Assert.Equal(202403, MonthKey.Parse(" 2024-03 "));
        Assert.Null(MonthKey.Parse("2024-13"));
        Assert.Equal(202305, MonthKey.OfPeriod.Compile()(ReportPeriod.For(2023, 5)));
    }

    [Fact]
    public void The_month_due_is_the_last_one_past_its_due_time_and_a_whole_past_year_owes_December()
    {
        var july10 = new DateTimeOffset(2023, 7, 10, 9, 0, 0, China);

        Assert.Equal(202306, OverdueRule.DueMonth(Calendar, 2023, july10));
        Assert.Equal(202212, OverdueRule.DueMonth(Calendar, 2022, july10));
        Assert.Null(OverdueRule.DueMonth(Calendar, 2024, july10));
        Assert.Equal(202307, OverdueRule.DueMonth(Calendar, 2023, new DateTimeOffset(2023, 7, 26, 0, 0, 0, China)));
    }

    [Theory]
    [InlineData(202306, null, true)]
    [InlineData(202306, 202305, true)]
    [InlineData(202306, 202306, false)]
    [InlineData(202306, 202307, false)]
    [InlineData(null, null, false)]
    public void A_task_is_overdue_when_nothing_was_reported_for_the_month_due(int? due, int? lastReported, bool overdue)
    {
        Assert.Equal(overdue, OverdueRule.IsOverdue(due, lastReported));
        // The form queries inline, where "none due" is 0.
        Assert.Equal(overdue, OverdueRule.IsOverdueBy(due ?? 0, lastReported));
        Assert.Equal(overdue, OverdueRule.IsOverdueByExpression.Compile()(due ?? 0, lastReported));
    }

    /// <summary>Filters state the rule in SQL through ReportingMoment: it must give the rule's answers at every moment.</summary>
    [Theory]
    [InlineData(2023, 7, 10)]
    [InlineData(2023, 7, 25)]
    [InlineData(2023, 7, 26)]
    [InlineData(2023, 1, 20)]
    [InlineData(2024, 1, 1)]
    [InlineData(2023, 12, 31)]
    public void The_moment_a_filter_reads_gives_the_rule_s_answers(int year, int month, int day)
    {
        var now = new DateTimeOffset(year, month, day, 0, 30, 0, China);
        var moment = ReportingMoment.At(Calendar, now);
        var inSql = OverdueRule.IsOverdueExpression.Compile();
        var asOfInSql = OverdueRule.DueMonthAsOfExpression.Compile();

        foreach (var planYear in new[] { 2022, 2023, 2024, 2025 })
        {
            var due = OverdueRule.DueMonth(Calendar, planYear, now);
            Assert.Equal(due ?? 0, moment.DueMonth(planYear));
            foreach (var asOf in new[] { MonthKey.Of(planYear, 3), MonthKey.Of(planYear, 12), MonthKey.Of(planYear + 1, 1) })
            {
                // Measured as of a month: that month, unless it is later than the month due; nothing when none is due.
                var expectedAsOf = due is { } d ? Math.Min(d, asOf) : 0;
                Assert.Equal(expectedAsOf, asOfInSql(planYear, asOf, moment));
                Assert.Equal(expectedAsOf, OverdueRule.DueMonthAsOf(planYear, asOf, moment));
            }
            foreach (int? last in new int?[] { null, MonthKey.Of(planYear, 1), MonthKey.Of(planYear, 6), MonthKey.Of(planYear, 12) })
            {
                var expected = OverdueRule.IsOverdue(due, last);
                Assert.Equal(expected, moment.IsOverdueFor(planYear, last));
                Assert.Equal(expected, inSql(planYear, last, moment));
            }
        }
    }
}
