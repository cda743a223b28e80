namespace Wuzhong.Infrastructure.Reminders;

/// <summary>
/// A reminder claimed for sending: one row per (period, days before the due date), written by the first server
/// process to claim it, so that a deployment of several processes sends each reminder at most once.
/// </summary>
public class ReminderDispatch
{
    public const int MaxKeyLength = 32;

    /// <summary>"2023-06/3": the period and how many days before its due date (0 on the day).</summary>
    public required string Key { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>The process that claimed it (host and process id), for the operator.</summary>
    public required string ClaimedBy { get; set; }
}
