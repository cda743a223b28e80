using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TaskGroupType : NodeGraphType<TaskGroup>
{
    public TaskGroupType() : base("TaskGroup", "A group of tasks under one 序号 and 名称, e.g. 1 打好区域协同总体仗.")
    {
        Field(g => g.Number).Description("The group's number (序号).");
        Field(g => g.Name).Description("The group's name (名称).");
        Field<NonNullGraphType<SectionType>>("section").Resolve(c => c.LoadById<Section>(c.Source.SectionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkTaskType>>>>("tasks")
            .Description("The group's tasks, by number.")
            .Resolve(context =>
            {
                var db = context.Db();
                return context.LoadChildren<WorkTask>("TaskGroup.tasks", context.Source.Id,
                    ids => db.WorkTasks.AsNoTracking().Where(t => ids.Contains(t.GroupId)).OrderBy(t => t.Number), t => t.GroupId);
            });
    }
}
