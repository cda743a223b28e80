using Wuzhong.Domain.Organisation;

namespace Wuzhong.Api.GraphQL.Tasks;

/// <summary>A department in its part for a task or a target: lead (★) or not.</summary>
public sealed record DepartmentRole(Department Department, bool IsLead);
