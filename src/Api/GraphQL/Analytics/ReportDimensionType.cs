using GraphQL.Types;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ReportDimensionType : EnumerationGraphType<ReportDimension>
{
    public ReportDimensionType()
    {
        Name = "ProgressReportDimension";
        Description = "What grouped aggregates of progress reports group them by. Only groups with reports are listed.";
        Values.FindByValue(ReportDimension.Department)!.Description = "Each reporting department.";
        Values.FindByValue(ReportDimension.Task)!.Description = "Each task reported on.";
        Values.FindByValue(ReportDimension.Period)!.Description = "Each period reported for.";
        Values.FindByValue(ReportDimension.Quarter)!.Description = "Each quarter of the periods reported for.";
        Values.FindByValue(ReportDimension.Status)!.Description = "Each status reported.";
        Values.FindByValue(ReportDimension.Late)!.Description = "Late or on time.";
    }
}
