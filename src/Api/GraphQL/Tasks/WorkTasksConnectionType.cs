using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Tasks;

public sealed class WorkTasksConnectionType() : ConnectionGraphType<WorkTaskType, WorkTask>("WorkTasks")
{
    /// <summary>The document's order: by section, then task number.</summary>
    public static IReadOnlyList<SortKey> DefaultOrder { get; } =
    [
        SortKey.By<WorkTask, int>(t => t.PlanId),
        SortKey.By<WorkTask, int>(t => t.Section!.Ordinal),
        SortKey.By<WorkTask, int>(t => t.Number),
        SortKey.By<WorkTask, int>(t => t.Id),
    ];
}
