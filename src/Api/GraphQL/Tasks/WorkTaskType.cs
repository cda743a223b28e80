using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Api.GraphQL.Goals;
using Wuzhong.Api.GraphQL.Nodes;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Tasks;

public sealed class WorkTaskType : NodeGraphType<WorkTask>
{
    public WorkTaskType() : base("WorkTask", "A work task (工作任务) of a plan, with its responsible departments, districts and leaders.")
    {
        Field(t => t.Number).Description("The (n) of the document: (1)–(8) in 打好三场硬仗, (1)–(100) in the rest.");
        Field(t => t.Text).Description("The task text as published, without its \"(n)\".");
        Field<NonNullGraphType<PlanType>>("plan").Resolve(c => c.LoadById<Plan>(c.Source.PlanId));
        Field<NonNullGraphType<SectionType>>("section").Resolve(c => c.LoadById<Section>(c.Source.SectionId));
        Field<NonNullGraphType<TaskGroupType>>("group").Resolve(c => c.LoadById<TaskGroup>(c.Source.GroupId));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TaskDepartmentType>>>>("departments")
            .Description("The responsible departments (主要责任部门) in the document's order; ★ marks the leads.")
            .Resolve(c => LoadDepartments(c).Then(links => links.Select(l => new DepartmentRole(l.Department!, l.IsLead)).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentType>>>>("leadDepartments")
            .Description("The departments marked ★ (牵头), in the document's order.")
            .Resolve(c => LoadDepartments(c).Then(links => links.Where(l => l.IsLead).Select(l => l.Department!).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DistrictType>>>>("districts")
            .Description("The responsible districts (主要责任板块) the document names; empty when it names none (the whole district).")
            .Resolve(context =>
            {
                var (db, document, field) = (context.Db(), context.Document, context.FieldAst);
                return context.LoadChildren<TaskDistrict>("WorkTask.districts", context.Source.Id,
                        ids => LinkProjection.WithTarget(db, db.TaskDistricts.AsNoTracking(), l => l.District, DistrictDescription.Entity, SelectionSets.FieldsAt(document, field))
                            .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
                        l => l.WorkTaskId, field)
                    .Then(links => links.Select(l => l.District!).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeaderType>>>>("leaders")
            .Description("The district leaders in charge (分管区领导); empty when the document names none.")
            .Resolve(context =>
            {
                var (db, document, field) = (context.Db(), context.Document, context.FieldAst);
                return context.LoadChildren<TaskLeader>("WorkTask.leaders", context.Source.Id,
                        ids => LinkProjection.WithTarget(db, db.TaskLeaders.AsNoTracking(), l => l.Leader, LeaderDescription.Entity, SelectionSets.FieldsAt(document, field))
                            .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
                        l => l.WorkTaskId, field)
                    .Then(links => links.Select(l => l.Leader!).ToList());
            });

        Field<NonNullGraphType<TaskStatusType>>("latestStatus")
            .Description("The status of the latest progress report on this task (latest period, then latest submission); NOT_REPORTED until one exists.")
            .Resolve(c => TaskProgressLoader.Load(c, c.Source.Id).Then(p => p?.LatestStatus ?? TaskProgressStatus.NotReported));
        Field<IntGraphType>("latestProgressPercent")
            .Description("The progress percent of the latest report; null until one exists.")
            .Resolve(c => TaskProgressLoader.Load(c, c.Source.Id).Then(p => p?.LatestPercent));
        Field<ProgressReportType>("latestReport")
            .Description("The latest progress report on this task (latest period, then latest submission), if any.")
            .Resolve(c => TaskProgressLoader.Load(c, c.Source.Id)
                .Then(p => p is null ? null : c.LoadById<ProgressReport>(p.LatestReportId)));
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue")
            .Description("The last period already past its due date has no report on this task.")
            .Resolve(c => DataLoaderResults.Zip(TaskProgressLoader.Load(c, c.Source.Id), c.LoadById<Plan>(c.Source.PlanId),
                (progress, plan) => OverdueRule.IsOverdue(c, plan!.Year, progress)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("goals")
            .Description("The quantities the task's text states (e.g. 新增公共停车泊位 3700 个), with the latest figure reported.")
            .Resolve(c => GoalLoader.ForTask(c, c.Source.Id));
        Field<NonNullGraphType<ProgressReportsConnectionType>>("progressReports")
            .Description("Every progress report on this task, revisions included.")
            .WithDataArguments(ProgressReportDescription.Entity)
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<WorkTask, ProgressReport>(context, "WorkTask.progressReports", context.Source.Id,
                    task => db.ProgressReports.Where(r => r.WorkTaskId == task.Id), ProgressReportDescription.Entity);
            });
    }

    /// <summary>
    /// A task's department links with their departments: one batch serves departments and leadDepartments alike, reading
    /// the department fields any of them selects.
    /// </summary>
    private static global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<TaskDepartment>> LoadDepartments(global::GraphQL.IResolveFieldContext<WorkTask> context)
    {
        var (db, document) = (context.Db(), context.Document);
        return context.LoadChildren<TaskDepartment>("WorkTask.departments", context.Source.Id,
            ids => LinkProjection.WithTarget(db, db.TaskDepartments.AsNoTracking(), l => l.Department, DepartmentDescription.Entity,
                    SelectionSets.FieldsAtEvery(document, "departments", "department").Union(SelectionSets.FieldsAtEvery(document, "leadDepartments")).ToHashSet())
                .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
            l => l.WorkTaskId);
    }
}
