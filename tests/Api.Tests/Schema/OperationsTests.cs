using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Schema;

/// <summary>
/// The operations in docs/operations (those the README and the manual show, and the supervision dashboard's) run without an error;
/// a subscription starts its stream.
/// </summary>
public sealed class OperationsTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private static readonly Dictionary<string, object?> SampleVariables = new()
    {
        ["department"] = "资规分局",
        ["town"] = "金庭镇",
        ["period"] = "2023-03",
        ["from"] = "2023-01",
        ["to"] = "2023-06",
        ["after"] = null,
        ["year"] = 2023,
        ["month"] = 3,
        ["current"] = "2023-03",
        ["previous"] = "2023-02",
        ["yearStart"] = "2023-01",
        ["tasks"] = new { plan = new { year = new { eq = 2023 } } },
    };

    private static readonly Regex IsSubscription = new(@"^\s*subscription\b", RegexOptions.Multiline);

    public static TheoryData<string> Operations => new(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "operations"), "*.graphql").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_documented_operation_runs_without_errors(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "operations", file));

        if (IsSubscription.IsMatch(query))
        {
            // A subscription that does not validate is refused before its stream starts; one that does listens.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query, variables = SampleVariables }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("text/event-stream");
            using var stream = await factory.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            Assert.True(stream.StatusCode == HttpStatusCode.OK && stream.Content.Headers.ContentType?.MediaType == "text/event-stream", $"{file}: {stream.StatusCode}");
            return;
        }
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(query, SampleVariables);

        Assert.True(response.Status == HttpStatusCode.OK && response.Errors is null, $"{file}: {response.Body}");
    }
}
