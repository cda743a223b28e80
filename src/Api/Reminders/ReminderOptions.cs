namespace Wuzhong.Api.Reminders;

/// <summary>
/// Configuration section <c>Reminders</c>: the optional webhook that reminds the units that have not reported yet.
/// Off without <see cref="WebhookUrl"/>.
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>A group robot's webhook (WeCom 企业微信, DingTalk 钉钉, Feishu …): a POST of <c>{"msgtype":"text","text":{"content":…}}</c>.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Days before the due date a reminder goes out; one also goes out on the due date itself.</summary>
    public int[] DaysBefore { get; set; } = [3];

    /// <summary>The time of day (Asia/Shanghai) from which the day's reminder is sent.</summary>
    public TimeOnly SendAt { get; set; } = new(9, 0);

    /// <summary>How often the clock is looked at.</summary>
    public int CheckIntervalSeconds { get; set; } = 60;
}
