using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data.Filtering;

namespace Wuzhong.Api.GraphQL;

public sealed class WuzhongSchema : Schema
{
    public WuzhongSchema(IServiceProvider services) : base(services)
    {
        Description = "The Wuzhong District work plan: targets, tasks, responsible departments, districts and leaders, and monthly progress reports.";
        Query = services.GetRequiredService<WuzhongQuery>();
        Mutation = services.GetRequiredService<WuzhongMutation>();
        foreach (var type in DataInputTypes.For(EntityDescriptions.All))
        {
            RegisterType(type);
        }
    }
}
