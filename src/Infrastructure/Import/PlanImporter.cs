using Mapster;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Goals;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Import.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Writes a plan document to the database in one transaction: the reference names, then the plan updated in
/// place (plan by code, or issuer, year and title; sections by ordinal; groups by number; tasks by text, then by a close
/// text), so that ids, and the progress reports that point at them, survive a corrected or amended re-import: every
/// task added, renumbered, amended, removed or withdrawn is reported and recorded in the change feed. Importing the
/// same file twice changes nothing.
/// </summary>
public sealed class PlanImporter(WuzhongDbContext db, ReferenceLibrary library, ChangeRecorder changes, ReportingCalendar? calendar = null,
    TimeProvider? timeProvider = null)
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    /// <summary>The read model a withdrawn task leaves and a restored one is computed again in.</summary>
    private readonly ProgressProjection projection = new(db, changes);

    /// <summary>The numbers tasks had before this import, for those parked on a temporary number while numbers move.</summary>
    private readonly Dictionary<WorkTask, int> originalNumbers = [];

    /// <summary>The tasks this import changed, with what it did to each (reported, and recorded once their ids are known).</summary>
    private readonly List<(TaskChange Change, WorkTask Task)> taskChanges = [];

    /// <summary>Where the reference data was read from, for messages.</summary>
    public string? ReferenceFolder => library.Default.Folder;

    /// <summary>The reference data a plan of this issuer resolves its names against (none: names taken as written).</summary>
    public ReferenceData ReferenceFor(string issuer) => library.For(issuer);

    /// <summary>A plan as TAB-separated text.</summary>
    public Task<ImportReport> ImportAsync(string planText, CancellationToken cancellationToken = default) =>
        ImportAsync(TextDocumentReader.Read(planText), cancellationToken);

    public Task<ImportReport> ImportAsync(PlanDocument document, CancellationToken cancellationToken = default)
    {
        // Everything that can be wrong with the file is found before the database is touched.
        var (draft, report) = Check(document);
        return ImportAsync(draft, report, cancellationToken);
    }

    /// <summary>Writes a draft <see cref="Check"/> made (the CLI checks first, to report, and does not read the file twice).</summary>
    public Task<ImportReport> ImportAsync(PlanDraft draft, ImportReport report, CancellationToken cancellationToken = default) =>
        ImportAsync(draft, report, cancellationToken, commit: true);

    private async Task<ImportReport> ImportAsync(PlanDraft draft, ImportReport report, CancellationToken cancellationToken, bool commit)
    {
        var reference = library.For(draft.Preamble.Issuer);
        if (report.UnknownNames.Count > 0)
        {
            throw PlanImportException.UnknownNames(report.UnknownNames, reference.Folder ?? library.Default.Folder);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var issuer = await SyncIssuerAsync(draft.Preamble.Issuer, cancellationToken);
            var departments = await SyncDepartmentsAsync(issuer, reference, draft, cancellationToken);
            var districts = await SyncDistrictsAsync(issuer, reference, draft, cancellationToken);
            var leaders = await SyncLeadersAsync(issuer, reference, draft, cancellationToken);
            var changed = await db.SaveChangesAsync(cancellationToken);

            report.ClearTaskChanges();
            originalNumbers.Clear();
            taskChanges.Clear();
            var (plan, tasks) = await SyncPlanAsync(draft, report, issuer, departments, districts, leaders, cancellationToken);
            await SyncReportPeriodsAsync(plan.Year, cancellationToken);
            changed += await db.SaveChangesAsync(cancellationToken);
            changed += await SyncGoalsAsync(plan, draft, tasks, report, cancellationToken);
            await RecordChangesAsync(cancellationToken);
            if (!commit)
            {
                await transaction.RollbackAsync(cancellationToken);
                return;
            }
            await transaction.CommitAsync(cancellationToken);
            report.RowsChanged = changed;
            report.Written = true;
        });
        return report;
    }

    /// <summary>
    /// What importing the draft would change in the plan the database holds (tasks added, renumbered, amended, removed,
    /// withdrawn), found by importing it in a transaction that is rolled back: nothing is written.
    /// </summary>
    public Task<ImportReport> PreviewAsync(PlanDraft draft, ImportReport report, CancellationToken cancellationToken = default) =>
        ImportAsync(draft, report, cancellationToken, commit: false);

    /// <summary>
    /// The import, then one change per task it changed (a restored task's standing computed again from its reports), for
    /// every server process's caches and subscriptions.
    /// </summary>
    private async Task RecordChangesAsync(CancellationToken cancellationToken)
    {
        var changed = taskChanges.Where(c => c.Change.Kind != TaskChangeKind.Removed).Select(c => (c.Change.Kind, c.Task.Id)).ToList();
        foreach (var (_, id) in changed.Where(c => c.Kind == TaskChangeKind.Restored))
        {
            await projection.RefreshTaskAsync(id, cancellationToken);
        }
        await changes.RecordAsync(new DataChange { Kind = ChangeKind.PlanImported }, cancellationToken);
        foreach (var (_, id) in changed)
        {
            await changes.RecordAsync(new DataChange { Kind = ChangeKind.PlanTaskChanged, WorkTaskId = id }, cancellationToken);
        }
    }

    /// <summary>
    /// Reads the whole document and resolves its names against its issuer's reference data, without touching the
    /// database (the dry run): the draft, and a report with every repair, every unknown name and, for an issuer without
    /// reference data, every name taken as written. Throws only for what stops the reading (no table, a broken row).
    /// </summary>
    public (PlanDraft Draft, ImportReport Report) Check(PlanDocument document)
    {
        var report = new ImportReport { Format = document.Format };
        var text = PlanTextReader.Read(document);
        var draft = new PlanAssembler(library.For(text.Preamble.Issuer)).Assemble(text, report);
        report.Count(draft);
        return (draft, report);
    }

    private async Task<Issuer> SyncIssuerAsync(string name, CancellationToken cancellationToken)
    {
        var issuer = await db.Issuers.SingleOrDefaultAsync(i => i.Name == name, cancellationToken);
        if (issuer is null)
        {
            issuer = new Issuer { Name = name };
            db.Issuers.Add(issuer);
        }
        return issuer;
    }

    private async Task<Dictionary<string, Department>> SyncDepartmentsAsync(Issuer issuer, ReferenceData reference, PlanDraft draft, CancellationToken cancellationToken)
    {
        var existing = issuer.Id == 0 ? [] : await db.Departments.Where(d => d.IssuerId == issuer.Id).ToDictionaryAsync(d => d.Name, cancellationToken);
        foreach (var entry in reference.Departments)
        {
            var department = Find(existing, entry.Name, () => new Department { Name = entry.Name, Issuer = issuer }, db.Departments);
            department.Kind = entry.Kind;
            SetList(department.Aliases, entry.Aliases, v => department.Aliases = v);
        }
        // An issuer without reference data: its names as written.
        foreach (var name in draft.Targets.SelectMany(t => t.Departments).Concat(draft.Tasks.SelectMany(t => t.Departments)).Select(n => n.Name))
        {
            Find(existing, name, () => new Department { Name = name, Issuer = issuer, Kind = DepartmentKind.GovernmentBody }, db.Departments);
        }
        return existing;
    }

    private async Task<Dictionary<string, District>> SyncDistrictsAsync(Issuer issuer, ReferenceData reference, PlanDraft draft, CancellationToken cancellationToken)
    {
        var existing = issuer.Id == 0 ? [] : await db.Districts.Include(d => d.Members).Where(d => d.IssuerId == issuer.Id).ToDictionaryAsync(d => d.Name, cancellationToken);
        foreach (var entry in reference.Districts)
        {
            var district = Find(existing, entry.Name, () => new District { Name = entry.Name, Issuer = issuer }, db.Districts);
            district.Kind = entry.Kind;
            SetList(district.Aliases, entry.Aliases, v => district.Aliases = v);
        }
        foreach (var entry in reference.Districts)
        {
            var collective = existing[entry.Name];
            var wanted = entry.Members.Select(m => existing[m]).ToList();
            collective.Members.RemoveAll(m => !wanted.Contains(m.Member!));
            foreach (var member in wanted.Where(w => collective.Members.All(m => m.Member != w)))
            {
                collective.Members.Add(new DistrictMembership { Collective = collective, Member = member });
            }
        }
        foreach (var name in draft.Targets.SelectMany(t => t.Districts).Concat(draft.Tasks.SelectMany(t => t.Districts)).Select(n => n.Name))
        {
            Find(existing, name, () => new District { Name = name, Issuer = issuer, Kind = DistrictNames.KindOf(name) }, db.Districts);
        }
        return existing;
    }

    private async Task<Dictionary<string, Leader>> SyncLeadersAsync(Issuer issuer, ReferenceData reference, PlanDraft draft, CancellationToken cancellationToken)
    {
        var existing = issuer.Id == 0 ? [] : await db.Leaders.Where(l => l.IssuerId == issuer.Id).ToDictionaryAsync(l => l.Name, cancellationToken);
        foreach (var entry in reference.Leaders)
        {
            var leader = Find(existing, entry.Name, () => new Leader { Name = entry.Name, Issuer = issuer }, db.Leaders);
            SetList(leader.Aliases, entry.Aliases, v => leader.Aliases = v);
        }
        foreach (var name in draft.Targets.SelectMany(t => t.Leaders).Concat(draft.Tasks.SelectMany(t => t.Leaders)).Select(n => n.Name))
        {
            Find(existing, name, () => new Leader { Name = name, Issuer = issuer }, db.Leaders);
        }
        return existing;
    }

    /// <summary>The row of this name, or a new one added to the context.</summary>
    private static T Find<T>(Dictionary<string, T> existing, string name, Func<T> create, DbSet<T> set) where T : class
    {
        if (!existing.TryGetValue(name, out var row))
        {
            row = create();
            set.Add(row);
            existing.Add(name, row);
        }
        return row;
    }

    private async Task<(Plan Plan, Dictionary<TaskDraft, WorkTask> Tasks)> SyncPlanAsync(PlanDraft draft, ImportReport report, Issuer issuer, Dictionary<string, Department> departments,
        Dictionary<string, District> districts, Dictionary<string, Leader> leaders, CancellationToken cancellationToken)
    {
        var preamble = draft.Preamble;
        var plans = db.Plans
            .Include(p => p.Sections).ThenInclude(s => s.Groups)
            .Include(p => p.Tasks).ThenInclude(t => t.Departments)
            .Include(p => p.Tasks).ThenInclude(t => t.Districts)
            .Include(p => p.Tasks).ThenInclude(t => t.Leaders)
            .Include(p => p.Targets).ThenInclude(t => t.Departments)
            .Include(p => p.Targets).ThenInclude(t => t.Leaders)
            .Include(p => p.Targets).ThenInclude(t => t.Districts)
            // Withdrawn tasks too: a task whose text is back is restored, and a withdrawn task keeps its section.
            .IgnoreQueryFilters()
            .AsSplitQuery();
        // By its code; a plan published without one by its issuer, year and title.
        var plan = preamble.Code is not null
            ? await plans.SingleOrDefaultAsync(p => p.Code == preamble.Code, cancellationToken)
            : issuer.Id == 0 ? null
            : await plans.FirstOrDefaultAsync(p => p.Code == null && p.IssuerId == issuer.Id && p.Year == preamble.Year && p.Title == preamble.Title, cancellationToken);
        if (plan is null)
        {
            plan = preamble.Adapt<Plan>(ImportMappings.Config);
            db.Plans.Add(plan);
        }
        else
        {
            preamble.Adapt(plan, ImportMappings.Config);
        }
        plan.IssuingBody = issuer;

        var removedTargets = plan.Targets.Where(t => t.Id != 0 && draft.Targets.All(d => d.Number != t.Number)).Select(t => t.Id).ToList();
        if (removedTargets.Count > 0)
        {
            await db.Goals.Where(g => g.TargetId != null && removedTargets.Contains(g.TargetId.Value)).ExecuteDeleteAsync(cancellationToken);
        }
        SyncTargets(plan, draft, departments, districts, leaders);
        var tasks = await SyncSectionsAsync(plan, draft, departments, districts, leaders, report, cancellationToken);
        return (plan, tasks);
    }

    private static void SyncTargets(Plan plan, PlanDraft draft, Dictionary<string, Department> departments, Dictionary<string, District> districts,
        Dictionary<string, Leader> leaders)
    {
        plan.Targets.RemoveAll(t => draft.Targets.All(d => d.Number != t.Number));
        foreach (var item in draft.Targets)
        {
            var target = plan.Targets.FirstOrDefault(t => t.Number == item.Number);
            if (target is null)
            {
                target = item.Adapt<Target>(ImportMappings.Config);
                target.Plan = plan;
                plan.Targets.Add(target);
            }
            else
            {
                item.Adapt(target, ImportMappings.Config);
            }
            SyncLinks(target.Departments, item.Departments, (l, name) => l.Department == departments[name],
                (name, position, lead) => new TargetDepartment { Target = target, Department = departments[name], IsLead = lead, Position = position },
                (l, position, lead) => { l.Position = position; l.IsLead = lead; });
            SyncLinks(target.Leaders, item.Leaders, (l, name) => l.Leader == leaders[name],
                (name, position, _) => new TargetLeader { Target = target, Leader = leaders[name], Position = position },
                (l, position, _) => l.Position = position);
            SyncLinks(target.Districts, item.Districts, (l, name) => l.District == districts[name],
                (name, position, _) => new TargetDistrict { Target = target, District = districts[name], Position = position },
                (l, position, _) => l.Position = position);
        }
    }

    /// <summary>
    /// Sections and groups by ordinal and number; then each task of the document finds the task it was (see
    /// <see cref="MatchTasks"/>) and takes its place, number and responsibilities. Returns each task with its draft.
    /// </summary>
    private async Task<Dictionary<TaskDraft, WorkTask>> SyncSectionsAsync(Plan plan, PlanDraft draft, Dictionary<string, Department> departments,
        Dictionary<string, District> districts, Dictionary<string, Leader> leaders, ImportReport report, CancellationToken cancellationToken)
    {
        var placements = new List<(TaskDraft Draft, Section Section, TaskGroup Group)>();
        foreach (var sectionDraft in draft.Sections)
        {
            var section = plan.Sections.FirstOrDefault(s => s.Ordinal == sectionDraft.Ordinal);
            if (section is null)
            {
                section = sectionDraft.Adapt<Section>(ImportMappings.Config);
                section.Plan = plan;
                plan.Sections.Add(section);
            }
            else
            {
                sectionDraft.Adapt(section, ImportMappings.Config);
            }

            foreach (var groupDraft in sectionDraft.Groups)
            {
                var group = section.Groups.FirstOrDefault(g => g.Number == groupDraft.Number);
                if (group is null)
                {
                    group = groupDraft.Adapt<TaskGroup>(ImportMappings.Config);
                    group.Section = section;
                    section.Groups.Add(group);
                }
                else
                {
                    groupDraft.Adapt(group, ImportMappings.Config);
                }
                placements.AddRange(groupDraft.Tasks.Select(t => (t, section, group)));
            }
        }

        var matches = MatchTasks(plan, placements.Select(p => (p.Draft, p.Section.Ordinal)).ToList());
        var reportCounts = await ReportCountsAsync(plan.Tasks, cancellationToken);
        await FreeNumbersTakenOverAsync(placements, matches, cancellationToken);

        var now = clock.GetUtcNow();
        var tasks = new Dictionary<TaskDraft, WorkTask>();
        foreach (var (taskDraft, section, group) in placements)
        {
            var reports = 0;
            if (matches.TryGetValue(taskDraft, out var task))
            {
                reports = reportCounts.GetValueOrDefault(task.Id);
                var kind = task.WithdrawnAt is not null ? TaskChangeKind.Restored
                    : task.Text != taskDraft.Text ? TaskChangeKind.Amended
                    : task.Section != section || task.Number != taskDraft.Number ? TaskChangeKind.Renumbered
                    : (TaskChangeKind?)null;
                if (kind is { } changed)
                {
                    Changed(new TaskChange(changed, OriginalNumber(task), taskDraft.Number, taskDraft.Line, taskDraft.Text, reports), task, report);
                }
                taskDraft.Adapt(task, ImportMappings.Config);
                task.WithdrawnAt = null;
            }
            else
            {
                task = taskDraft.Adapt<WorkTask>(ImportMappings.Config);
                task.Plan = plan;
                plan.Tasks.Add(task);
                if (plan.Id != 0)
                {
                    Changed(new TaskChange(TaskChangeKind.Added, null, taskDraft.Number, taskDraft.Line, taskDraft.Text, 0), task, report);
                }
            }
            (task.Section, task.Group) = (section, group);
            tasks.Add(taskDraft, task);
            SyncTaskLinks(task, taskDraft, departments, districts, leaders);
        }

        var kept = tasks.Values.ToHashSet();
        foreach (var task in plan.Tasks.Where(t => !kept.Contains(t) && t.WithdrawnAt is null).ToList())
        {
            var reports = reportCounts.GetValueOrDefault(task.Id);
            Changed(new TaskChange(reports > 0 ? TaskChangeKind.Withdrawn : TaskChangeKind.Removed, task.Number, null, 0, task.Text, reports), task, report);
            if (reports > 0)
            {
                // Its reports stay, and it leaves every list and figure: its links and read-model rows go.
                task.WithdrawnAt = now;
                task.Departments.Clear();
                task.Districts.Clear();
                task.Leaders.Clear();
                await projection.RemoveTaskAsync(task.Id, cancellationToken);
            }
            else
            {
                plan.Tasks.Remove(task);
                db.WorkTasks.Remove(task);
            }
        }

        // A section or group that still holds a withdrawn task stays (its reports point through it).
        var holdingWithdrawn = plan.Tasks.Where(t => t.WithdrawnAt is not null).ToList();
        foreach (var section in plan.Sections)
        {
            var sectionDraft = draft.Sections.FirstOrDefault(d => d.Ordinal == section.Ordinal);
            section.Groups.RemoveAll(g => sectionDraft?.Groups.Any(d => d.Number == g.Number) != true && holdingWithdrawn.All(t => t.Group != g));
        }
        plan.Sections.RemoveAll(s => draft.Sections.All(d => d.Ordinal != s.Ordinal) && holdingWithdrawn.All(t => t.Section != s));
        return tasks;
    }

    /// <summary>
    /// Which task in the database each task of the document is, so that its id and reports follow it: first the same
    /// text (at its number, then anywhere in the plan: a task inserted before it renumbers it; a withdrawn task whose text
    /// is back is restored); then, among tasks still in the plan, the most alike text that <see cref="TextSimilarity.SameTask"/>
    /// takes for the same (its number first): a corrected or amended text. Anything else is a new task, and a task left over is removed.
    /// </summary>
    private static Dictionary<TaskDraft, WorkTask> MatchTasks(Plan plan, List<(TaskDraft Draft, int Ordinal)> placements)
    {
        var unmatched = plan.Tasks.Where(t => t.Id != 0).OrderBy(t => t.WithdrawnAt is not null).ThenBy(t => t.Section!.Ordinal).ThenBy(t => t.Number).ToList();
        var matches = new Dictionary<TaskDraft, WorkTask>();
        void Match(Func<TaskDraft, int, WorkTask?> find)
        {
            foreach (var (draft, ordinal) in placements.Where(p => !matches.ContainsKey(p.Draft)))
            {
                if (find(draft, ordinal) is { } task)
                {
                    matches.Add(draft, task);
                    unmatched.Remove(task);
                }
            }
        }
        Match((draft, ordinal) => unmatched.FirstOrDefault(t => t.Text == draft.Text && t.Section!.Ordinal == ordinal && t.Number == draft.Number));
        Match((draft, _) => unmatched.FirstOrDefault(t => t.Text == draft.Text));
        Match((draft, ordinal) => unmatched
            .Where(t => t.WithdrawnAt is null)
            .Select(t => (Task: t, Similarity: TextSimilarity.Of(t.Text, draft.Text), SamePlace: t.Section!.Ordinal == ordinal && t.Number == draft.Number))
            .Where(c => TextSimilarity.SameTask(c.Task.Text, draft.Text, c.SamePlace))
            .OrderByDescending(c => c.Similarity).ThenByDescending(c => c.SamePlace)
            .Select(c => c.Task).FirstOrDefault());
        return matches;
    }

    /// <summary>
    /// Task numbers are unique in a section: tasks that trade numbers ((12) becomes (13) while (13) becomes (14)) are first
    /// parked on a number no task has (minus the id), and saved, so that no write meets a number still taken.
    /// </summary>
    private async Task FreeNumbersTakenOverAsync(List<(TaskDraft Draft, Section Section, TaskGroup Group)> placements,
        Dictionary<TaskDraft, WorkTask> matches, CancellationToken cancellationToken)
    {
        var moving = placements.Where(p => matches.TryGetValue(p.Draft, out var task) && (task.Section != p.Section || task.Number != p.Draft.Number))
            .Select(p => matches[p.Draft]).Where(t => t.WithdrawnAt is null).ToList();
        if (moving.Count == 0)
        {
            return;
        }
        foreach (var task in moving)
        {
            originalNumbers[task] = task.Number;
            task.Number = -task.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Changed(TaskChange change, WorkTask task, ImportReport report)
    {
        taskChanges.Add((change, task));
        report.Add(change);
    }

    /// <summary>A task's number before this import (a parked task's is remembered).</summary>
    private int OriginalNumber(WorkTask task) => originalNumbers.GetValueOrDefault(task, task.Number);

    private async Task<Dictionary<int, int>> ReportCountsAsync(IEnumerable<WorkTask> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.Where(t => t.Id != 0).Select(t => t.Id).ToList();
        return ids.Count == 0 ? [] : await db.ProgressReports.Where(r => ids.Contains(r.WorkTaskId))
            .GroupBy(r => r.WorkTaskId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }


    private static void SyncTaskLinks(WorkTask task, TaskDraft draft, Dictionary<string, Department> departments,
        Dictionary<string, District> districts, Dictionary<string, Leader> leaders)
    {
        SyncLinks(task.Departments, draft.Departments, (l, name) => l.Department == departments[name],
            (name, position, lead) => new TaskDepartment { WorkTask = task, Department = departments[name], IsLead = lead, Position = position },
            (l, position, lead) => { l.Position = position; l.IsLead = lead; });
        SyncLinks(task.Districts, draft.Districts, (l, name) => l.District == districts[name],
            (name, position, _) => new TaskDistrict { WorkTask = task, District = districts[name], Position = position },
            (l, position, _) => l.Position = position);
        SyncLinks(task.Leaders, draft.Leaders, (l, name) => l.Leader == leaders[name],
            (name, position, _) => new TaskLeader { WorkTask = task, Leader = leaders[name], Position = position },
            (l, position, _) => l.Position = position);
    }

    /// <summary>Makes a link list equal to the wanted names, in order, touching only what differs.</summary>
    private static void SyncLinks<TLink>(List<TLink> links, IReadOnlyList<ResolvedName> wanted,
        Func<TLink, string, bool> isFor, Func<string, int, bool, TLink> create, Action<TLink, int, bool> update)
    {
        links.RemoveAll(l => !wanted.Any(w => isFor(l, w.Name)));
        for (var position = 0; position < wanted.Count; position++)
        {
            var name = wanted[position];
            var link = links.FirstOrDefault(l => isFor(l, name.Name));
            if (link is null)
            {
                links.Add(create(name.Name, position, name.IsLead));
            }
            else
            {
                update(link, position, name.IsLead);
            }
        }
    }

    /// <summary>The quantities each task and target states, read again from their texts; each number not read is reported.</summary>
    private async Task<int> SyncGoalsAsync(Plan plan, PlanDraft draft, Dictionary<TaskDraft, WorkTask> tasks, ImportReport report, CancellationToken cancellationToken)
    {
        var taskIds = plan.Tasks.Select(t => t.Id).ToList();
        var targetIds = plan.Targets.Select(t => t.Id).ToList();
        var existing = await db.Goals.Where(g => (g.WorkTaskId != null && taskIds.Contains(g.WorkTaskId.Value))
            || (g.TargetId != null && targetIds.Contains(g.TargetId.Value))).ToListAsync(cancellationToken);

        var wanted = new List<Goal>();
        foreach (var target in draft.Targets)
        {
            var id = plan.Targets.Single(t => t.Number == target.Number).Id;
            wanted.AddRange(Goals(target.Text, target.Line, report).Select(g => { g.TargetId = id; return g; }));
        }
        foreach (var task in draft.Tasks)
        {
            var id = tasks[task].Id;
            wanted.AddRange(Goals(task.Text, task.Line, report).Select(g => { g.WorkTaskId = id; return g; }));
        }

        // The database gives 6.0000 back for 6: the value is compared as a number.
        static string Key(Goal g) =>
            $"{g.WorkTaskId}/{g.TargetId}/{g.Number}/{g.Name}/{g.Value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture)}/{g.Unit}/{g.Comparison}/{g.Text}";
        var keep = existing.Select(Key).Intersect(wanted.Select(Key)).ToHashSet();
        db.Goals.RemoveRange(existing.Where(g => !keep.Contains(Key(g))));
        db.Goals.AddRange(wanted.Where(g => !keep.Contains(Key(g))));
        return await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<Goal> Goals(string text, int line, ImportReport report)
    {
        var extraction = GoalExtractor.Extract(text);
        foreach (var unread in extraction.Unread)
        {
            report.Add(line, CorrectionKind.QuantityNotRead, $"\"…{unread}…\": a number that is not a quantity goal (no unit of measure)");
        }
        return extraction.Goals.Select(g => new Goal { Number = g.Number, Name = g.Name, Value = g.Value, Unit = g.Unit, Comparison = g.Comparison, Text = g.Text });
    }

    private async Task SyncReportPeriodsAsync(int year, CancellationToken cancellationToken)
    {
        var months = await db.ReportPeriods.Where(p => p.Year == year).Select(p => p.Month).ToListAsync(cancellationToken);
        foreach (var month in Enumerable.Range(1, 12).Except(months))
        {
            db.ReportPeriods.Add(calendar?.NewPeriod(year, month) ?? ReportPeriod.For(year, month));
        }
    }

    /// <summary>Replaces a stored list only when its contents differ, so an unchanged re-import writes nothing.</summary>
    private static void SetList(List<string> current, IReadOnlyList<string> wanted, Action<List<string>> assign)
    {
        if (!current.SequenceEqual(wanted))
        {
            assign([.. wanted]);
        }
    }
}
