using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Plans;

namespace Wuzhong.Api.GraphQL.Plans;

/// <summary>How task groups are filtered and sorted (as the group of a task).</summary>
public static class TaskGroupDescription
{
    public static EntityDescription<TaskGroup> Entity { get; } = new EntityDescription<TaskGroup>("TaskGroup")
        .Value("number", g => g.Number, "The group's number (序号).")
        .Value("name", g => g.Name, "The group's name (名称).")
        .Related("section", g => g.Section, () => SectionDescription.Entity, "The section the group belongs to.")
        .OrderedBy(SortKey.By<TaskGroup, int>(g => g.SectionId), SortKey.By<TaskGroup, int>(g => g.Number), SortKey.By<TaskGroup, int>(g => g.Id));
}
