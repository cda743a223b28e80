namespace Wuzhong.Infrastructure.RateLimiting;

/// <summary>
/// Requests one caller made in one minute against one budget (queries, mutations), summed over every server process
/// on the database: the shared half of <see cref="SharedRateCounters"/>.
/// </summary>
public class RateCounter
{
    public required string Budget { get; set; }
    public required string Caller { get; set; }

    /// <summary>The minute, counted from the Unix epoch.</summary>
    public long Minute { get; set; }

    public int Count { get; set; }
}
