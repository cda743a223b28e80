using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Live;

/// <summary>A server of its own for the live tests (they write reports), on 20 March 2023: March open and not yet due.</summary>
public sealed class LiveTestServer : SettingsFactory
{
    public static readonly DateTimeOffset March20 = new(2023, 3, 20, 10, 0, 0, TimeSpan.FromHours(8));

    public LiveTestServer() : this(new Dictionary<string, string>())
    {
    }

    private LiveTestServer(IReadOnlyDictionary<string, string> settings) : base(settings) => Clock.Now = March20;

    /// <summary>A server with settings of its own (limits, timings).</summary>
    public static LiveTestServer With(IReadOnlyDictionary<string, string> settings) => new(settings);

    public const string Submit = """
        mutation Submit($input: SubmitProgressReportInput!) {
          submitProgressReport(input: $input) { progressReport { id } errors { code message } }
        }
        """;

    /// <summary>The id of task <paramref name="number"/> of section <paramref name="section"/>.</summary>
    public async Task<string> TaskIdAsync(int section, int number) =>
        (string)(await new GraphQLClient(CreateClient()).QueryAsync(
            $"{{ tasks(where: {{ section: {{ ordinal: {{ eq: {section} }} }}, number: {{ eq: {number} }} }}) {{ nodes {{ id }} }} }}"))["tasks"]!["nodes"]![0]!["id"]!;

    /// <summary>A progress report by the department's reporter; the test fails if it is refused.</summary>
    public async Task<string> ReportAsync(string taskId, string department, string status = "ON_TRACK", int percent = 40, string summary = "推进中")
    {
        var data = await new GraphQLClient(CreateClient(), Token("reporter", department)).QueryAsync(Submit,
            new { input = new { taskId, period = "2023-03", status, progressPercent = percent, summary } });
        var payload = data["submitProgressReport"]!;
        Assert.True(payload["progressReport"]!.HasValues, payload.ToString());
        return (string)payload["progressReport"]!["id"]!;
    }
}
