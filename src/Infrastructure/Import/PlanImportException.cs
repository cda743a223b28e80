namespace Wuzhong.Infrastructure.Import;

/// <summary>A plan file the importer cannot read faithfully. Nothing is written when it is thrown.</summary>
public sealed class PlanImportException(int line, string message)
    : Exception(line > 0 ? $"line {line}: {message}" : message)
{
    /// <summary>The 1-based source line at fault, or 0 when the fault is not on one line.</summary>
    public int Line { get; } = line;

    /// <summary>What is wrong, without the line number.</summary>
    public string Reason { get; } = message;
}
