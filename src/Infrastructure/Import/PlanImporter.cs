using Mapster;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Domain.Goals;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Changes;
using Wuzhong.Infrastructure.Import.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Writes a plan document to the database in one transaction: the reference names, then the plan updated in
/// place by its natural keys (plan code; section ordinal; group number; task number), so that ids, and the
/// progress reports that point at them, survive a corrected re-import. Importing the same file twice changes nothing.
/// </summary>
public sealed class PlanImporter(WuzhongDbContext db, ReferenceLibrary library, ChangeRecorder changes, ReportingCalendar? calendar = null)
{
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
    public async Task<ImportReport> ImportAsync(PlanDraft draft, ImportReport report, CancellationToken cancellationToken = default)
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

            var plan = await SyncPlanAsync(draft, issuer, departments, districts, leaders, cancellationToken);
            await SyncReportPeriodsAsync(plan.Year, cancellationToken);
            changed += await db.SaveChangesAsync(cancellationToken);
            changed += await SyncGoalsAsync(plan, draft, report, cancellationToken);
            await changes.RecordAsync(new DataChange { Kind = ChangeKind.PlanImported }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            report.RowsChanged = changed;
            report.Written = true;
        });
        return report;
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

    private async Task<Plan> SyncPlanAsync(PlanDraft draft, Issuer issuer, Dictionary<string, Department> departments,
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
        var wantedTasks = SyncSections(plan, draft, departments, districts, leaders);
        await RemoveTasksNoLongerInPlanAsync(plan, wantedTasks, cancellationToken);
        return plan;
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

    private static HashSet<WorkTask> SyncSections(Plan plan, PlanDraft draft, Dictionary<string, Department> departments,
        Dictionary<string, District> districts, Dictionary<string, Leader> leaders)
    {
        var wantedTasks = new HashSet<WorkTask>();
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

                foreach (var taskDraft in groupDraft.Tasks)
                {
                    var task = plan.Tasks.FirstOrDefault(t => t.Section == section && t.Number == taskDraft.Number);
                    if (task is null)
                    {
                        task = taskDraft.Adapt<WorkTask>(ImportMappings.Config);
                        (task.Plan, task.Section) = (plan, section);
                        plan.Tasks.Add(task);
                    }
                    else
                    {
                        taskDraft.Adapt(task, ImportMappings.Config);
                    }
                    task.Group = group;
                    wantedTasks.Add(task);
                    SyncTaskLinks(task, taskDraft, departments, districts, leaders);
                }
            }
            section.Groups.RemoveAll(g => sectionDraft.Groups.All(d => d.Number != g.Number));
        }

        foreach (var section in plan.Sections.Where(s => draft.Sections.All(d => d.Ordinal != s.Ordinal)).ToList())
        {
            plan.Sections.Remove(section);
        }
        return wantedTasks;
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

    private async Task RemoveTasksNoLongerInPlanAsync(Plan plan, HashSet<WorkTask> wanted, CancellationToken cancellationToken)
    {
        var removed = plan.Tasks.Where(t => !wanted.Contains(t)).ToList();
        if (removed.Count == 0)
        {
            return;
        }
        var removedIds = removed.Where(t => t.Id != 0).Select(t => t.Id).ToList();
        var reported = await db.ProgressReports.Where(r => removedIds.Contains(r.WorkTaskId))
            .Select(r => r.WorkTaskId).Distinct().ToListAsync(cancellationToken);
        if (reported.Count > 0)
        {
            var numbers = removed.Where(t => reported.Contains(t.Id)).Select(t => $"({t.Number})");
            throw new PlanImportException(0,
                $"tasks {string.Join(", ", numbers)} are no longer in the plan but have progress reports; they cannot be removed by an import");
        }
        foreach (var task in removed)
        {
            plan.Tasks.Remove(task);
            db.WorkTasks.Remove(task);
        }
    }

    /// <summary>The quantities each task and target states, read again from their texts; each number not read is reported.</summary>
    private async Task<int> SyncGoalsAsync(Plan plan, PlanDraft draft, ImportReport report, CancellationToken cancellationToken)
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
        foreach (var section in draft.Sections)
        {
            foreach (var task in section.Groups.SelectMany(g => g.Tasks))
            {
                var id = plan.Tasks.Single(t => t.Section!.Ordinal == section.Ordinal && t.Number == task.Number).Id;
                wanted.AddRange(Goals(task.Text, task.Line, report).Select(g => { g.WorkTaskId = id; return g; }));
            }
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
