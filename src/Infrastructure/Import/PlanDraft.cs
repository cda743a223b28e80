namespace Wuzhong.Infrastructure.Import;

/// <summary>A plan as read from its document, names resolved, before it meets the database.</summary>
public sealed record PlanDraft(
    PlanPreamble Preamble,
    IReadOnlyList<TargetDraft> Targets,
    IReadOnlyList<SectionDraft> Sections)
{
    public IEnumerable<TaskDraft> Tasks => Sections.SelectMany(s => s.Groups).SelectMany(g => g.Tasks);
}

public sealed record TargetDraft(int Line, int Number, string Name, string Text,
    IReadOnlyList<ResolvedName> Departments, IReadOnlyList<ResolvedName> Leaders)
{
    /// <summary>The districts named as responsible (主要责任板块, or towns among the 责任单位).</summary>
    public IReadOnlyList<ResolvedName> Districts { get; init; } = [];
}

public sealed record SectionDraft(int Line, int Ordinal, string Title, int NumberingScope, IReadOnlyList<GroupDraft> Groups);

public sealed record GroupDraft(int Line, int Number, string Name, IReadOnlyList<TaskDraft> Tasks);

public sealed record TaskDraft(int Line, int Number, string Text,
    IReadOnlyList<ResolvedName> Departments, IReadOnlyList<ResolvedName> Districts, IReadOnlyList<ResolvedName> Leaders);
