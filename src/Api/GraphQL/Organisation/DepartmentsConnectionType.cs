using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DepartmentsConnectionType() : ConnectionGraphType<DepartmentType, Department>("Departments")
{
    /// <summary>The reference data's order, which groups departments by kind.</summary>
    public static IReadOnlyList<SortKey> DefaultOrder { get; } = [SortKey.By<Department, int>(d => d.Id)];
}
