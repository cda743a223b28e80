using GraphQL.Types;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class LeaderType : NodeGraphType<Leader>
{
    public LeaderType() : base("Leader", "A deputy district leader in charge of tasks (分管区领导).")
    {
        Field(l => l.Name).Description("The leader's name, e.g. 周学斌.");
        Field<NonNullGraphType<WorkTasksConnectionType>>("tasks")
            .Description("The tasks this leader is in charge of.")
            .WithDataArguments(WorkTaskDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Leader, WorkTask>(context, "Leader.tasks", context.Source.Id,
                    leader => db.TaskLeaders.Where(l => l.LeaderId == leader.Id).Select(l => l.WorkTask!),
                    WorkTaskDescription.Entity);
            });
    }
}
