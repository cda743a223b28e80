using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Tasks;

/// <summary>Root fields for work tasks.</summary>
public static class TaskQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.RootConnection("tasks", WorkTaskType.Entity)
            .Description("The work tasks of every plan, in the document's order.");
    }
}
