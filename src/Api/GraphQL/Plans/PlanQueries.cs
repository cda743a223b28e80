using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>Root fields for plans and their targets.</summary>
public static class PlanQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("plans", PlanType.Entity)
            .Description("Every plan, the newest year first.");

        query.Field<PlanType>("plan")
            .Description("One plan by its document code, e.g. \"吴政发〔2023〕2号\"; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The document code.")
            .ResolveAsync(async context =>
            {
                var code = context.GetArgument<string>("code").Trim();
                return await context.Db().Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, context.CancellationToken);
            });

        query.RootConnection("targets", TargetType.Entity)
            .Description("The main expected targets of every plan.");
    }
}
