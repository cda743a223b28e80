namespace Wuzhong.Infrastructure.Changes;

/// <summary>How this process learns of changes committed by others (section <c>Changes</c>).</summary>
public sealed class ChangeFeedOptions
{
    public const string SectionName = "Changes";

    /// <summary>
    /// How often the version is read where nothing pushes changes: SQLite (another process on the same file, e.g. an
    /// <c>import</c>) and SQL Server. On PostgreSQL, NOTIFY pushes them and this is only the safety net's period
    /// (and the check that the listening connection is alive) at ten times the interval.
    /// </summary>
    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>Events a subscriber may leave unread before it is dropped (told it fell behind).</summary>
    public int SubscriberBuffer { get; set; } = 1000;
}
