namespace Wuzhong.Infrastructure.Import;

/// <summary>One repair the importer made to the extracted text, with the source line it applies to.</summary>
public sealed record ImportCorrection(int Line, CorrectionKind Kind, string Message)
{
    public override string ToString() => $"line {Line,4}  {Kind,-24} {Message}";
}
