namespace Wuzhong.Api.Subscriptions;

/// <summary>Limits and timings of the streaming transports (section <c>Subscriptions</c>).</summary>
public sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>Operations one WebSocket connection may have running at once.</summary>
    public int MaxPerConnection { get; set; } = 20;

    /// <summary>
    /// Subscriptions one caller (token subject, or address when anonymous) may hold on this process, over every
    /// connection and transport. Per process: a subscription lives on the process its connection reached, and a
    /// count shared through the database would outlive a process killed with its subscriptions open.
    /// </summary>
    public int MaxPerCaller { get; set; } = 50;

    /// <summary>Subscriptions all anonymous callers together may hold on this process, whatever their addresses.</summary>
    public int MaxAnonymous { get; set; } = 500;

    /// <summary>How often the server pings a WebSocket client (and sends an SSE comment), so that proxies keep the connection.</summary>
    public int KeepAliveSeconds { get; set; } = 12;

    /// <summary>How long a WebSocket client has to send connection_init before the server closes with 4408.</summary>
    public int ConnectionInitTimeoutSeconds { get; set; } = 5;
}
