using GraphQL.Types;
using Wuzhong.Api.GraphQL.Reporting;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class StatusCountType : ObjectGraphType<StatusCount>
{
    public StatusCountType()
    {
        Name = "StatusCount";
        Description = "How many tasks have a status.";
        Field<NonNullGraphType<TaskStatusType>>("status").Description("The status.").Resolve(c => c.Source.Status);
        Field(s => s.Count).Description("The tasks whose latest status it is.");
    }
}
