using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.GraphQL.Analytics;
using Wuzhong.Api.GraphQL.Data;
using Wuzhong.Api.GraphQL.Goals;
using Wuzhong.Api.GraphQL.Organisation;
using Wuzhong.Api.GraphQL.Plans;
using Wuzhong.Api.GraphQL.Reporting;
using Wuzhong.Api.GraphQL.Scalars;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.GraphQLEngine.Data.Filtering;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.GraphQL.Tasks;

public sealed class WorkTaskType : EntityGraphType<WorkTask>
{
    public static EntityDeclaration<WorkTask> Entity { get; } = new EntityDeclaration<WorkTask>("WorkTask")
        .ShownAs<WorkTaskType>("A work task (工作任务) of a plan, with its responsible departments, districts and leaders.").Node()
        .Connection("WorkTasks", TaskAggregateFields.AddTo).MeasuredBy(() => TaskSetMeasures.Entity)
        .Value("number", t => t.Number, "The (n) of the document: (1)–(8) in 打好三场硬仗, (1)–(100) in the rest.")
        .Value("text", t => t.Text, "The task text as published, without its \"(n)\".")
        .Value("withdrawnAt", t => t.WithdrawnAt,
            "When an amended plan removed this task after it was reported (its reports are kept; it takes no more and is in no list " +
            "or figure: `Plan.withdrawnTasks` lists them); null while the task is in its plan.",
            // Lists hold only tasks in their plans: a filter or sort on it could only say null.
            sortable: false, filterable: false)
        .Related("plan", t => t.Plan, () => PlanType.Entity, "The plan the task belongs to.")
        .Related("section", t => t.Section, () => SectionType.Entity, "The section the task belongs to.")
        .Related("group", t => t.Group, () => TaskGroupType.Entity, "The group the task belongs to.")
        .List("departments", t => t.Departments, () => TaskDepartmentType.Entity,
            "The responsible departments (主要责任部门) in the document's order; ★ marks the leads.")
        .List("leadDepartments", t => t.Departments.Where(l => l.IsLead).Select(l => l.Department!), () => DepartmentType.Entity,
            "The departments marked ★ (牵头), in the document's order.")
        .List("districts", t => t.Districts.Select(l => l.District!), () => DistrictType.Entity,
            "The responsible districts (主要责任板块) the document names; empty when it names none (the whole district): " +
            "`districts: { any: false }` finds those tasks.")
        .List("coveredDistricts",
            t => t.Coverage.Select(c => c.District!),
            () => DistrictType.Entity,
            "The districts the task concerns: those the document names, and every member of a collective entry it names " +
            "(a task for 各镇 covers 金庭镇); each once, in the document's order, members after their entry. " +
            "`coveredDistricts: { some: { name: { eq: \"金庭镇\" } } }` finds every task that concerns 金庭镇.")
        .List("leaders", t => t.Leaders.Select(l => l.Leader!), () => LeaderType.Entity,
            "The district leaders in charge (分管区领导); empty when the document names none: `leaders: { any: false }` finds those tasks.")
        // The task's standing, read from the reports' projection (TaskProgress): filters and sorts become SQL over it.
        .Derived("latestStatus", t => t.Progress == null ? TaskProgressStatus.NotReported : t.Progress.LatestStatus,
            "The status of the latest progress report on this task (latest period, then latest submission, whichever department " +
            "sent it); NOT_REPORTED until one exists. Sorted by severity: COMPLETED, ON_TRACK, NOT_STARTED, NOT_REPORTED, AT_RISK, " +
            "DELAYED (DESC puts DELAYED first).",
            typeName: TaskStatusType.GraphQLName, sortOrder: StatusSeverity.Ascending.Cast<object>().ToList())
        .Derived("latestProgressPercent", t => t.Progress == null ? (int?)null : t.Progress.LatestPercent,
            "The progress percent of the latest report; null until one exists (null sorts as the smallest value).")
        .Derived("lastReportedPeriod", t => t.Progress == null ? (int?)null : t.Progress.LastReportedMonth,
            "The latest period reported on this task, \"YYYY-MM\"; null until one is. `lastReportedPeriod: { lt: \"2023-05\" }` finds " +
            "tasks not reported since April.", typeName: YearMonthGraphType.GraphQLName)
        .Derived("lastReportedAt", t => t.ProgressReports.Max(r => (DateTimeOffset?)r.SubmittedAt),
            "When a report on this task was last received (any department, any period); null until one is.")
        .Derived("isOverdue", OverdueSelector.For<WorkTask>(t => t.Plan!.Year, t => t.Progress == null ? null : t.Progress.LastReportedMonth),
            "The last period already past its due date has no report on this task.", sortable: false)
        .List("progressReports", t => t.ProgressReports, () => ProgressReportType.Entity,
            "Every progress report on this task, revisions included: `progressReports: { some: { isLate: { eq: true } } }`.")
        // The document's order: plan, section, number.
        .OrderedBy(SortKey.By<WorkTask, int>(t => t.PlanId), SortKey.By<WorkTask, int>(t => t.Section!.Ordinal),
            SortKey.By<WorkTask, int>(t => t.Number), SortKey.By<WorkTask, int>(t => t.Id));

    /// <summary>The id of the task's latest report, read with its derived fields (latestReport then loads the report).</summary>
    private static readonly FieldDeclaration LatestReportId =
        DerivedValues.Of<WorkTask, int?>("latestReportId", t => t.Progress == null ? null : t.Progress.LatestReportId);

    public WorkTaskType() : base(Entity)
    {
        Declared("departments", ListOf(TaskDepartmentType.Entity))
            .WithWhere(TaskDepartmentType.Entity,
                "Only the departments that match, e.g. `{ department: { name: { eq: \"资规分局\" } } }` for one department's own standing.")
            .Resolve(c => c.GetArgument<Dictionary<string, object?>?>("where") is { Count: > 0 } where
                ? LoadDepartmentsWhere(c, where)
                : LoadDepartments(c).Then(links => (IReadOnlyList<TaskDepartment>)links));
        Declared("leadDepartments", ListOf(DepartmentType.Entity))
            .Resolve(c => LoadDepartments(c).Then(links => links.Where(l => l.IsLead).Select(l => l.Department!).ToList()));
        Declared("districts", ListOf(DistrictType.Entity))
            .Resolve(context => Linked(context, "WorkTask.districts", db => db.TaskDistricts, l => l.District, DistrictType.Entity));
        Declared("coveredDistricts", ListOf(DistrictType.Entity)).Resolve(CoveredDistricts);
        Declared("leaders", ListOf(LeaderType.Entity))
            .Resolve(context => Linked(context, "WorkTask.leaders", db => db.TaskLeaders, l => l.Leader, LeaderType.Entity));

        Field<ProgressReportType>("latestReport")
            .Description("The latest progress report on this task (latest period, then latest submission), if any.")
            .Resolve(c => DerivedValues.Load(c, Entity, LatestReportId).Then(id => id is int reportId
                ? c.LoadById<ProgressReport>(reportId)
                : DataLoaderResults.Known<ProgressReport?>(null)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("goals")
            .Description("The quantities the task's text states (e.g. 新增公共停车泊位 3700 个), with the latest figure reported.")
            .Resolve(c => GoalLoader.ForTask(c, c.Source.Id));
        this.Connection("progressReports", ProgressReportType.Entity)
            .Description(Entity.DescriptionOf("progressReports"))
            .Resolve(context =>
            {
                var db = context.Db();
                return ConnectionResolver.ResolveNested<WorkTask, ProgressReport>(context, "WorkTask.progressReports", context.Source.Id,
                    task => db.ProgressReports.Where(r => r.WorkTaskId == task.Id), ProgressReportType.Entity,
                    // A withdrawn task keeps its reports, and shows them.
                    parents: db.WorkTasks.IgnoreQueryFilters());
            });
    }

    /// <summary>
    /// The entities a task's links point to (its districts, its leaders), in the document's order, for every task of the
    /// level in one statement, reading only the target columns the field selects.
    /// </summary>
    private static IDataLoaderResult<List<TTarget>> Linked<TLink, TTarget>(IResolveFieldContext<WorkTask> context, string name,
        Func<WuzhongDbContext, IQueryable<TLink>> links, Expression<Func<TLink, TTarget?>> target, IEntityDeclaration targetEntity)
        where TLink : class, ITaskLink
        where TTarget : class
    {
        var (db, document, field) = (context.Db(), context.Document, context.FieldAst);
        // Compiled once per field, not per task: compiling on every call slowed the page benchmark (docs/benchmarks.md).
        var read = (Func<TLink, TTarget?>)TargetReaders.GetOrAdd(name, _ => target.Compile());
        return context.LoadChildren<TLink>(name, context.Source.Id,
                ids => LinkProjection.WithTarget(db, links(db).AsNoTracking(), target, targetEntity, SelectionSets.FieldsAt(document, field))
                    .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
                l => l.WorkTaskId, field)
            .Then(rows => rows.Select(l => read(l)!).ToList());
    }

    /// <summary>The named districts with the members of the collective entries among them, for every task of the level in one statement.</summary>
    private static IDataLoaderResult<List<District>> CoveredDistricts(IResolveFieldContext<WorkTask> context)
    {
        var db = context.Db();
        return context.LoadChildren("WorkTask.coveredDistricts", context.Source.Id,
                ids => db.TaskDistricts.AsNoTracking().Include(l => l.District!).ThenInclude(d => d.Members.OrderBy(m => m.MemberId)).ThenInclude(m => m.Member)
                    .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
                l => l.WorkTaskId)
            .Then(links => links.SelectMany(l => l.District!.Members.Select(m => m.Member!).Prepend(l.District!))
                .DistinctBy(d => d.Id).ToList());
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Delegate> TargetReaders = new(StringComparer.Ordinal);

    /// <summary>The department links that match <paramref name="where"/>, filtered in SQL, for every task of the level in one statement.</summary>
    private static IDataLoaderResult<IReadOnlyList<TaskDepartment>> LoadDepartmentsWhere(IResolveFieldContext<WorkTask> context, IDictionary<string, object?> where)
    {
        var (db, document, field) = (context.Db(), context.Document, context.FieldAst);
        var filter = FilterExpressionBuilder.Build(TaskDepartmentType.Entity, where, context.RequestServices)!;
        return context.LoadChildren<TaskDepartment>("WorkTask.departments(where)", context.Source.Id,
            ids => LinkProjection.WithTarget(db, db.TaskDepartments.AsNoTracking().Where(filter), l => l.Department, DepartmentType.Entity,
                    SelectionSets.FieldsAt(document, field, "department"))
                .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
            l => l.WorkTaskId, field);
    }

    /// <summary>
    /// A task's department links with their departments: one batch serves departments and leadDepartments alike, reading
    /// the department fields any of them selects.
    /// </summary>
    private static IDataLoaderResult<IReadOnlyList<TaskDepartment>> LoadDepartments(IResolveFieldContext<WorkTask> context)
    {
        var (db, document) = (context.Db(), context.Document);
        return context.LoadChildren<TaskDepartment>("WorkTask.departments", context.Source.Id,
            ids => LinkProjection.WithTarget(db, db.TaskDepartments.AsNoTracking(), l => l.Department, DepartmentType.Entity,
                    SelectionSets.FieldsAtEvery(document, "departments", "department").Union(SelectionSets.FieldsAtEvery(document, "leadDepartments")).ToHashSet())
                .Where(l => ids.Contains(l.WorkTaskId)).OrderBy(l => l.WorkTaskId).ThenBy(l => l.Position),
            l => l.WorkTaskId);
    }
}
