using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>How plans are filtered and sorted.</summary>
public static class PlanDescription
{
    public static EntityDescription<Plan> Entity { get; } = new EntityDescription<Plan>("Plan")
        .Value("code", p => p.Code, "The document code, e.g. 吴政发〔2023〕2号.")
        .Value("title", p => p.Title, "The plan's title.")
        .Value("year", p => p.Year, "The year the plan is for.")
        .Value("issuer", p => p.Issuer, "The issuing government.")
        .OrderedBy(SortKey.By<Plan, int>(p => p.Year, descending: true), SortKey.By<Plan, int>(p => p.Id));
}
