using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;

namespace Wuzhong.Infrastructure.Analytics;

/// <summary>A group's measures with its key entities, read in the grouping's one statement.</summary>
public sealed class TaskGroupResult
{
    public required TaskAggregate Aggregate { get; set; }
    public Department? Department { get; set; }
    public District? District { get; set; }
    public Leader? Leader { get; set; }
    public Section? Section { get; set; }
    public TaskGroup? Group { get; set; }
    public ReportPeriod? Period { get; set; }
}
