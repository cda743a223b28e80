namespace Wuzhong.Infrastructure.Import;

/// <summary>A name in the document that the reference data does not know, with where it stands.</summary>
public sealed record UnknownName(int Line, string Kind, string Name, string Column)
{
    public override string ToString() => $"line {Line,4}  {Column}: unknown {Kind} \"{Name}\"";
}
