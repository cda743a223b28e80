using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Live;

/// <summary>
/// A server of its own for the live tests (they write reports, with <see cref="ReportingRequests"/>), on 20 March 2023:
/// March open and not yet due.
/// </summary>
public sealed class LiveTestServer : SettingsFactory
{
    public static readonly DateTimeOffset March20 = new(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8));

    public LiveTestServer() : this(new Dictionary<string, string>())
    {
    }

    private LiveTestServer(IReadOnlyDictionary<string, string> settings) : base(settings) => Clock.Now = March20;

    /// <summary>A server with settings of its own (limits, timings).</summary>
    public static LiveTestServer With(IReadOnlyDictionary<string, string> settings) => new(settings);
}
