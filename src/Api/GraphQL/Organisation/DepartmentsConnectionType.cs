using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Organisation;

public sealed class DepartmentsConnectionType() : ConnectionGraphType<DepartmentType, Department>("Departments");
