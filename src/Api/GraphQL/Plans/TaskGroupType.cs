using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Tasks;
using Wuzhong.Domain.Plans;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.Api.GraphQL.Plans;

public sealed class TaskGroupType : EntityGraphType<TaskGroup>
{
    public static EntityDeclaration<TaskGroup> Entity { get; } = new EntityDeclaration<TaskGroup>("TaskGroup")
        .ShownAs<TaskGroupType>("A group of tasks under one 序号 and 名称, e.g. 1 打好区域协同总体仗.").Node()
        .Value("number", g => g.Number, "The group's number (序号).")
        .Value("name", g => g.Name, "The group's name (名称).")
        .Related("section", g => g.Section, () => SectionType.Entity, "The section the group belongs to.")
        .OrderedBy(SortKey.By<TaskGroup, int>(g => g.SectionId), SortKey.By<TaskGroup, int>(g => g.Number), SortKey.By<TaskGroup, int>(g => g.Id));

    public TaskGroupType() : base(Entity)
    {
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
