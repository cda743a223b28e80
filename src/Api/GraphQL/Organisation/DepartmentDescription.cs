using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>How departments are filtered and sorted.</summary>
public static class DepartmentDescription
{
    public static EntityDescription<Department> Entity { get; } = new EntityDescription<Department>("Department")
        .Value("name", d => d.Name, "The canonical short name, e.g. 资规分局.")
        .Value("aliases", d => d.Aliases, "Other spellings met in documents.")
        .Value("kind", d => d.Kind, "What kind of body the department is.")
        // The reference data's order, which groups departments by kind.
        .OrderedBy(SortKey.By<Department, int>(d => d.Id));
}
