using System.Text;

namespace Wuzhong.Infrastructure.Import;

/// <summary>What an import found and did: every correction with its source line, and the counts written.</summary>
public sealed class ImportReport
{
    private readonly List<ImportCorrection> _corrections = [];
    private readonly List<CollectiveExpansion> _expansions = [];
    private readonly List<UnknownName> _unknownNames = [];
    private readonly List<TaskChange> _taskChanges = [];

    public IReadOnlyList<ImportCorrection> Corrections => _corrections;

    /// <summary>The tasks that name a collective entry, and the districts they therefore cover.</summary>
    public IReadOnlyList<CollectiveExpansion> CollectiveExpansions => _expansions;

    /// <summary>Every name the reference data does not know, in the order met: an import with any writes nothing.</summary>
    public IReadOnlyList<UnknownName> UnknownNames => _unknownNames.Where(n => !n.TakenAsWritten).ToList();

    /// <summary>For an issuer without reference data: every name taken as written, once each, for review.</summary>
    public IReadOnlyList<UnknownName> NewNames => _unknownNames.Where(n => n.TakenAsWritten).DistinctBy(n => (n.Kind, n.Name)).ToList();

    /// <summary>
    /// For a plan the database already held: every task the document adds, renumbers, amends, removes or withdraws (a dry
    /// run against the database says what the import would do). Empty for a new plan, or the same document again.
    /// </summary>
    public IReadOnlyList<TaskChange> TaskChanges => _taskChanges;

    /// <summary>What the document was read from (text and its encoding, Word, Excel, a web page).</summary>
    public string Format { get; internal set; } = "";

    public PlanPreamble? Plan { get; private set; }

    public string PlanCode => Plan?.Code ?? "";
    public int TargetCount { get; internal set; }
    public int SectionCount { get; internal set; }
    public int GroupCount { get; internal set; }
    public int TaskCount { get; internal set; }
    public int DepartmentCount { get; internal set; }
    public int DistrictCount { get; internal set; }
    public int LeaderCount { get; internal set; }

    /// <summary>Whether the plan was written (false for a dry run, which only reads and checks).</summary>
    public bool Written { get; internal set; }

    /// <summary>Rows inserted, updated or deleted by the import; 0 when the database already held this plan.</summary>
    public int RowsChanged { get; internal set; }

    /// <summary>What the draft holds: its plan, and how many of each thing (names counted once each).</summary>
    internal void Count(PlanDraft draft)
    {
        Plan = draft.Preamble;
        TargetCount = draft.Targets.Count;
        SectionCount = draft.Sections.Count;
        GroupCount = draft.Sections.Sum(s => s.Groups.Count);
        TaskCount = draft.Tasks.Count();
        DepartmentCount = draft.Targets.SelectMany(t => t.Departments).Concat(draft.Tasks.SelectMany(t => t.Departments)).Select(n => n.Name).Distinct().Count();
        DistrictCount = draft.Targets.SelectMany(t => t.Districts).Concat(draft.Tasks.SelectMany(t => t.Districts)).Select(n => n.Name).Distinct().Count();
        LeaderCount = draft.Targets.SelectMany(t => t.Leaders).Concat(draft.Tasks.SelectMany(t => t.Leaders)).Select(n => n.Name).Distinct().Count();
    }

    internal void Add(int line, CorrectionKind kind, string message, string? from = null, string? to = null) =>
        _corrections.Add(new(line, kind, message) { From = from, To = to });

    internal void Add(TaskChange change) => _taskChanges.Add(change);

    /// <summary>A retried transaction compares again from the start.</summary>
    internal void ClearTaskChanges() => _taskChanges.Clear();

    internal void Add(CollectiveExpansion expansion) => _expansions.Add(expansion);

    internal void Add(UnknownName name) => _unknownNames.Add(name);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"plan {PlanCode}: {TargetCount} targets, {SectionCount} sections, {GroupCount} groups, {TaskCount} tasks");
        text.AppendLine(Written ? $"rows changed: {RowsChanged}" : "nothing written (dry run)");
        text.AppendLine($"corrections: {_corrections.Count}");
        foreach (var correction in _corrections.OrderBy(c => c.Line))
        {
            text.Append("  ").AppendLine(correction.ToString());
        }
        if (_taskChanges.Count > 0)
        {
            var counts = _taskChanges.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            text.AppendLine($"tasks changed: {string.Join(", ", counts)}");
            foreach (var change in _taskChanges.OrderBy(c => c.Kind).ThenBy(c => c.To ?? c.From))
            {
                text.Append("  ").AppendLine(change.ToString());
            }
        }
        text.AppendLine($"tasks covering a collective entry's members: {_expansions.Count}");
        foreach (var expansion in _expansions.OrderBy(e => e.Line))
        {
            text.Append("  ").AppendLine(expansion.ToString());
        }
        foreach (var (title, names) in new[] { ("unknown names", UnknownNames), ("new names, taken as written (no reference data for this issuer): review them", NewNames) })
        {
            if (names.Count > 0)
            {
                text.AppendLine($"{title}: {names.Count}");
                foreach (var name in names)
                {
                    text.Append("  ").AppendLine(name.ToString());
                }
            }
        }
        return text.ToString();
    }
}
