namespace Wuzhong.Api.Exports;

/// <summary>
/// Configuration section <c>Export</c>: how much an export takes. A connection that is a table of its own and gives
/// neither <c>first</c> nor <c>last</c> is exported whole, up to <see cref="MaxRows"/> rows; one with more is refused
/// (<c>EXPORT_TOO_LARGE</c>), never cut. Whole tables are priced as such, so an export has its own cost limit.
/// </summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>The most rows a table of an export holds (a year's reports of the whole plan are about 4,000).</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>The estimated cost an export may have, in place of <c>Security:MaxCost</c> (its tables priced at MaxRows rows).</summary>
    public int MaxCost { get; set; } = 1_000_000;
}
