using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>How targets are filtered and sorted.</summary>
public static class TargetDescription
{
    public static EntityDescription<Target> Entity { get; } = new EntityDescription<Target>("Target")
        .Value("number", t => t.Number, "The target's number, 1–11 in 2023.")
        .Value("name", t => t.Name, "名称, e.g. 地区生产总值.")
        .Value("text", t => t.Text, "工作任务, e.g. 地区生产总值增长 6%左右.")
        .Related("plan", t => t.Plan, () => PlanDescription.Entity, "The plan the target belongs to.")
        .List("departments", t => t.Departments, () => TargetDepartmentDescription.Entity, "The responsible departments, lead or not.")
        .List("leaders", t => t.Leaders.Select(l => l.Leader!), () => LeaderDescription.Entity, "The district leaders in charge.")
        .OrderedBy(SortKey.By<Target, int>(t => t.PlanId), SortKey.By<Target, int>(t => t.Number), SortKey.By<Target, int>(t => t.Id));
}
