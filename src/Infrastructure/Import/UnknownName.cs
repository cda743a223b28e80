namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// A name in the document that the reference data does not know, with where it stands. For an issuer without
/// reference data it is <see cref="TakenAsWritten"/>: imported as written, listed for review (a new name, not a fault).
/// </summary>
public sealed record UnknownName(int Line, string Kind, string Name, string Column)
{
    public bool TakenAsWritten { get; init; }

    public override string ToString() => $"line {Line,4}  {Column}: {(TakenAsWritten ? "new" : "unknown")} {Kind} \"{Name}\"";
}
