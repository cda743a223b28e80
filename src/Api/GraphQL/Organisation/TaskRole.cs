namespace Wuzhong.Api.GraphQL.Organisation;

/// <summary>A department's part in a task: lead (★, 牵头) or supporting.</summary>
public enum TaskRole
{
    Lead,
    Supporting,
}
