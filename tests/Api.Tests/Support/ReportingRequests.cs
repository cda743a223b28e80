namespace Wuzhong.Api.Tests.Support;

/// <summary>What the live tests ask of any server: a task's id, and a progress report for March 2023 that must be accepted.</summary>
public static class ReportingRequests
{
    public const string Submit = """
        mutation Submit($input: SubmitProgressReportInput!) {
          submitProgressReport(input: $input) { progressReport { id } errors { code message } }
        }
        """;

    /// <summary>The id of task <paramref name="number"/> of section <paramref name="section"/>.</summary>
    public static async Task<string> TaskIdAsync(this WuzhongApiFactory server, int section, int number) =>
        (string)(await new GraphQLClient(server.CreateClient()).QueryAsync(
            $"{{ tasks(where: {{ section: {{ ordinal: {{ eq: {section} }} }}, number: {{ eq: {number} }} }}) {{ nodes {{ id }} }} }}"))["tasks"]!["nodes"]![0]!["id"]!;

    /// <summary>A progress report for 2023-03 by the department's reporter; the test fails if it is refused.</summary>
    public static async Task<string> ReportAsync(this WuzhongApiFactory server, string taskId, string department, string status = "ON_TRACK",
        int percent = 40, string summary = "推进中")
    {
        var data = await new GraphQLClient(server.CreateClient(), server.Token("reporter", department)).QueryAsync(Submit,
            new { input = new { taskId, period = "2023-03", status, progressPercent = percent, summary } });
        var payload = data["submitProgressReport"]!;
        Assert.True(payload["progressReport"]!.HasValues, payload.ToString());
        return (string)payload["progressReport"]!["id"]!;
    }
}
