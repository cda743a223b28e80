namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// One repair the importer made to the extracted text, with the source line it applies to; a name's repair also
/// says what was written (<see cref="From"/>) and what it was read as (<see cref="To"/>).
/// </summary>
public sealed record ImportCorrection(int Line, CorrectionKind Kind, string Message)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public override string ToString() => $"line {Line,4}  {Kind,-24} {Message}";
}
