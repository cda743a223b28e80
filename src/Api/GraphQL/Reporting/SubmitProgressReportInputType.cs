using GraphQL.Types;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.GraphQLEngine.Scalars;

namespace Wuzhong.Api.GraphQL.Reporting;

public sealed class SubmitProgressReportInputType : InputObjectGraphType<SubmitProgressReportInput>
{
    public SubmitProgressReportInputType()
    {
        Name = "SubmitProgressReportInput";
        Description = "A department's monthly progress report on one task.";
        Field(i => i.TaskId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The task's id.");
        Field(i => i.DepartmentId, type: typeof(IdGraphType)).Description("The reporting department; required when the caller may report for several.");
        Field(i => i.Period, type: typeof(NonNullGraphType<YearMonthGraphType>)).Description("The period reported for, e.g. \"2023-03\".");
        Field(i => i.Status, type: typeof(NonNullGraphType<TaskStatusType>)).Description("The task's status; NOT_REPORTED is not accepted.");
        Field(i => i.ProgressPercent).Description("0–100; COMPLETED means 100.");
        Field(i => i.Summary).Description("What was done (Chinese text); not empty, at most 2000 characters by default.");
        Field(i => i.QuantityReached, type: typeof(DecimalScalarType))
            .Description("Where the task states a quantity (e.g. 新增公共停车泊位 3700 个): the figure reached so far.");
    }
}
