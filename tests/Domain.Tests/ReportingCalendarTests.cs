using Wuzhong.Domain.Reporting;

namespace Wuzhong.Domain.Tests;

public class ReportingCalendarTests
{
    private static readonly ReportingCalendar Calendar = ReportingCalendar.ForDistrict();
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly ReportPeriod March = ReportPeriod.For(2023, 3);

    [Fact]
    public void A_period_opens_on_its_first_day_at_midnight_in_Shanghai() =>
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 0, 0, 0, China), Calendar.OpensAt(March));

    [Fact]
    public void Reports_fall_due_at_24_00_on_the_25th_in_Shanghai() =>
        Assert.Equal(new DateTimeOffset(2023, 3, 26, 0, 0, 0, China), Calendar.DueAt(March));

    [Fact]
    public void A_report_in_the_last_second_of_the_25th_is_on_time_and_one_at_midnight_is_late()
    {
        Assert.False(Calendar.IsLate(March, new DateTimeOffset(2023, 3, 25, 23, 59, 59, China)));
        Assert.True(Calendar.IsLate(March, new DateTimeOffset(2023, 3, 26, 0, 0, 0, China)));
        // 17:00 UTC on the 25th is already 01:00 on the 26th in Shanghai.
        Assert.True(Calendar.IsLate(March, new DateTimeOffset(2023, 3, 25, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_due_day_is_configurable_and_never_past_the_month_end()
    {
        var calendar = ReportingCalendar.ForDistrict(dueDay: 31);

        Assert.Equal(new DateOnly(2023, 2, 28), calendar.NewPeriod(2023, 2).DueDate);
        Assert.Equal(new DateOnly(2023, 3, 31), calendar.NewPeriod(2023, 3).DueDate);
    }

    [Fact]
    public void A_closed_period_and_a_future_period_take_no_report()
    {
        var closed = ReportPeriod.For(2023, 3);
        closed.IsClosed = true;

        Assert.Equal([ReportingErrorCodes.PeriodClosed],
            ReportingRules.CheckPeriod(closed, Calendar, new DateTimeOffset(2023, 3, 20, 0, 0, 0, China)).Select(v => v.Code));
        Assert.Equal([ReportingErrorCodes.PeriodNotOpen],
            ReportingRules.CheckPeriod(ReportPeriod.For(2023, 4), Calendar, new DateTimeOffset(2023, 3, 31, 23, 0, 0, China)).Select(v => v.Code));
        Assert.Empty(ReportingRules.CheckPeriod(ReportPeriod.For(2023, 4), Calendar, new DateTimeOffset(2023, 4, 1, 0, 0, 0, China)));
    }
}
