using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Tasks;

/// <summary>
/// A department in its part for a task, with its own standing on the task: a lead department's DELAYED does not hide
/// behind a supporting department's later ON_TRACK, as it does in <c>WorkTask.latestStatus</c>.
/// </summary>
public sealed class TaskDepartmentType : EntityGraphType<TaskDepartment>
{
    public static EntityDeclaration<TaskDepartment> Entity { get; } = new EntityDeclaration<TaskDepartment>("TaskDepartment")
        .ShownAs<TaskDepartmentType>("A department responsible for a task, and its own standing on the task.")
        .Related("department", l => l.Department, () => DepartmentType.Entity, "The department.")
        .Value("isLead", l => l.IsLead, "Marked ★ in the plan: a lead (牵头) department. A task may have several leads, or none.")
        // The department's standing, read from the reports' projection (TaskDepartmentProgress) through the task.
        .Derived("latestStatus",
            l => l.WorkTask!.DepartmentProgress.Where(p => p.DepartmentId == l.DepartmentId).Select(p => (TaskProgressStatus?)p.LatestStatus)
                .FirstOrDefault() ?? TaskProgressStatus.NotReported,
            "The status of this department's latest report on the task (latest period, then latest submission); NOT_REPORTED " +
            "until it sends one. Sorted by severity, as WorkTask.latestStatus.",
            typeName: TaskStatusType.GraphQLName, sortOrder: StatusSeverity.Ascending.Cast<object>().ToList())
        .Derived("latestProgressPercent",
            l => l.WorkTask!.DepartmentProgress.Where(p => p.DepartmentId == l.DepartmentId).Select(p => (int?)p.LatestPercent).FirstOrDefault(),
            "The progress percent of this department's latest report; null until it sends one.")
        .Derived("lastReportedPeriod",
            l => l.WorkTask!.DepartmentProgress.Where(p => p.DepartmentId == l.DepartmentId).Select(p => (int?)p.LastReportedMonth).FirstOrDefault(),
            "The latest period this department reported on the task, \"YYYY-MM\"; null until it reports.",
            typeName: YearMonthGraphType.GraphQLName)
        .Derived("isOverdue", OverdueSelector.For<TaskDepartment>(l => l.WorkTask!.Plan!.Year,
                l => l.WorkTask!.DepartmentProgress.Where(p => p.DepartmentId == l.DepartmentId).Select(p => (int?)p.LastReportedMonth).FirstOrDefault()),
            "The last period already past its due date has no report from this department on the task.", sortable: false);

    /// <summary>The id of this department's latest report on the task, read with the link's derived fields.</summary>
    private static readonly FieldDeclaration LatestReportId = DerivedValues.Of<TaskDepartment, int?>("latestReportId",
        l => l.WorkTask!.DepartmentProgress.Where(p => p.DepartmentId == l.DepartmentId).Select(p => (int?)p.LatestReportId).FirstOrDefault());

    public TaskDepartmentType() : base(Entity)
    {
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The link's stable id (its task and department), for clients' normalized caches; not a node id.")
            .Resolve(c => GlobalId.EncodeLink(Entity.Name, c.Source.WorkTaskId, c.Source.DepartmentId));
        Field<ProgressReportType>("latestReport")
            .Description("This department's latest report on the task (latest period, then latest submission), if any.")
            .Resolve(c => DerivedValues.Load(c, Entity, LatestReportId).Then(id => id is int reportId
                ? c.LoadById<ProgressReport>(reportId)
                : DataLoaderResults.Known<ProgressReport?>(null)));
        Field<ProgressReportType>("report")
            .Description("This department's report on the task for one period (its latest revision), if it sent one.")
            .Argument<NonNullGraphType<YearMonthGraphType>>("period", "The period, \"YYYY-MM\", e.g. \"2023-06\".")
            .Resolve(c =>
            {
                var (db, month, departmentId) = (c.Db(), c.GetArgument<int>("period"), c.Source.DepartmentId);
                return c.LoadChildren("TaskDepartment.report", c.Source.WorkTaskId,
                        ids => db.ReportFacts.AsNoTracking().Where(f => ids.Contains(f.WorkTaskId) && f.PeriodMonth == month),
                        f => f.WorkTaskId, month)
                    .Then(facts => facts.FirstOrDefault(f => f.DepartmentId == departmentId) is { } fact
                        ? c.LoadById<ProgressReport>(fact.LatestReportId)
                        : DataLoaderResults.Known<ProgressReport?>(null));
            });
    }
}
