using GraphQL;
using GraphQL.Types;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Infrastructure.Analytics;

namespace Wuzhong.Api.GraphQL.Analytics;

public sealed class ComplianceRowType : ObjectGraphType<ComplianceResult>
{
    public ComplianceRowType()
    {
        Name = "ComplianceRow";
        Description = "One row of the monthly 督查通报: the reports expected of a department (or under a leader, in a district) for a period, and what came of them.";
        Field(r => r.Rank).Description("1 for the best on-time rate; equal rates share a rank.");
        Field<DepartmentType>("department").Description("by: DEPARTMENT: the department ranked.").Resolve(c => c.Source.Department);
        Field<LeaderType>("leader").Description("by: LEADER: the leader ranked.").Resolve(c => c.Source.Leader);
        Field<DistrictType>("district").Description("by: DISTRICT: the district ranked.").Resolve(c => c.Source.District);
        Field<ReportPeriodType>("period").Description("by: PERIOD: the period ranked.").Resolve(c => c.Source.Period);
        Field(r => r.Expected).Description("Reports expected: one per task and responsible department.");
        Field(r => r.OnTime).Description("Reports whose first submission came by the due date.");
        Field(r => r.Late).Description("Reports whose first submission came after the due date.");
        Field(r => r.Pending).Description("Reports not received for a period whose due date has not come yet (before the 25th): not late, not missing.");
        Field(r => r.Missing).Description("Reports not received although the period's due date has passed.");
        Field(r => r.OnTimeRate).Description("onTime / expected.");
        Field<NonNullGraphType<Wuzhong.GraphQLEngine.Scalars.DateTimeScalarType>>("asOf")
            .Description("When the counts were taken: a report pending then is missing once its due date has passed.")
            .Resolve(c => c.Source.AsOf);
        Field<Wuzhong.GraphQLEngine.Scalars.DateScalarType>("dueDate")
            .Description("The due date (Asia/Shanghai, reports due by its end) of the row's period (by: PERIOD), else of the last period asked for.")
            .Resolve(c => c.Source.DueDate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpectedReportType>>>>("expectedReports")
            .Description("The reports counted in this row, in the plan's order (task, its departments, period), each with its state: " +
                "who has not reported (state: [PENDING, MISSING]), who was late. Read once for all rows of the table.")
            .Argument<ListGraphType<NonNullGraphType<ComplianceStateType>>>("state", "Only the reports in these states.")
            .ResolveAsync(async c =>
            {
                var all = c.Source.ExpectedReports is { } expected ? (await expected.Value)[c.Source.KeyId] : [];
                var states = c.GetArgument<List<ComplianceState>?>("state");
                return (object)(states is null ? all.ToList() : all.Where(r => states.Contains(r.State)).ToList());
            });
    }
}
