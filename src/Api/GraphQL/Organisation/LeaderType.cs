using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class LeaderType : EntityGraphType<Leader>
{
    public static EntityDeclaration<Leader> Entity { get; } = new EntityDeclaration<Leader>("Leader")
        .ShownAs<LeaderType>("A deputy district leader in charge of tasks (分管区领导).").Node().Connection("Leaders")
        .Value("name", l => l.Name, "The leader's name, e.g. 周学斌.")
        .Related("issuer", l => l.Issuer, () => IssuerType.Entity, "The issuer whose leader this is.")
        .List("tasks", l => l.TaskLinks.Select(t => t.WorkTask!), () => WorkTaskType.Entity,
            "The tasks this leader is in charge of: `where: { tasks: { aggregates: { delayedCount: { gt: 0 } } } }` finds the leaders with a delayed task.")
        .OrderedBy(SortKey.By<Leader, int>(l => l.Id));

    public LeaderType() : base(Entity)
    {
        this.Connection("tasks", WorkTaskType.Entity)
            .Description("The tasks this leader is in charge of.")
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<Leader, WorkTask>(context, "Leader.tasks", context.Source.Id,
                    leader => db.TaskLeaders.Where(l => l.LeaderId == leader.Id).Select(l => l.WorkTask!),
                    WorkTaskType.Entity);
            });
    }
}
