using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Reminders;

namespace Wuzhong.Api.GraphQL.Reporting;

/// <summary>A unit to remind, for a period, counted from a day (the district's today).</summary>
public sealed record ReminderRow(UnitToRemind Unit, ReportPeriod Period, int DaysLeft);
