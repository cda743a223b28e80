namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// A plan file the importer cannot read faithfully: one fault, or every fault of one kind found in one pass (the
/// unknown names). Nothing is written when it is thrown.
/// </summary>
public sealed class PlanImportException : Exception
{
    public PlanImportException(int line, string message)
        : this([(line, message)])
    {
    }

    private PlanImportException(IReadOnlyList<(int Line, string Reason)> problems)
        : base(string.Join("; ", problems.Select(p => p.Line > 0 ? $"line {p.Line}: {p.Reason}" : p.Reason)))
    {
        Problems = problems;
    }

    /// <summary>The 1-based source line of the first fault, or 0 when the fault is not on one line.</summary>
    public int Line => Problems[0].Line;

    /// <summary>What is wrong, without the line number (the first fault).</summary>
    public string Reason => Problems[0].Reason;

    /// <summary>Every fault found, each with its line (0: not on one line).</summary>
    public IReadOnlyList<(int Line, string Reason)> Problems { get; }

    /// <summary>Every unknown name of the document at once, each on its line.</summary>
    public static PlanImportException UnknownNames(IReadOnlyList<UnknownName> names, string? referenceFolder) =>
        new([.. names.Select(n => (n.Line,
            $"{n.Column}: unknown {n.Kind} \"{n.Name}\": add it, or an alias of it, to the reference data ({referenceFolder ?? "the reference folder"})"))]);
}
