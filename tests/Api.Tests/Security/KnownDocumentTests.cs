using System.Net;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Security;

/// <summary>
/// A document validated once is checked again, on every later request, by the rules that depend on its variables, the
/// caller and the request's cost: only the rules that read nothing but the text are skipped.
/// </summary>
public sealed class KnownDocumentTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    private const string ByNumbers = "query($w: WorkTaskFilterInput, $first: Int) { tasks(where: $w, first: $first) { totalCount } }";

    [Fact]
    public async Task A_known_document_with_bad_variables_is_refused_each_time()
    {
        var valid = await _client.PostAsync(ByNumbers, new { w = new { number = new { @in = new[] { 1, 2 } } } });
        var nullIn = await _client.PostAsync(ByNumbers, new { w = new { number = new { @in = new int?[] { 1, null } } } });
        var tooLarge = await _client.PostAsync(ByNumbers, new { w = new { number = new { @in = Enumerable.Range(0, 2_000) } } });
        var hugePage = await _client.PostAsync(ByNumbers, new { first = 5_000 });
        var validAgain = await _client.PostAsync(ByNumbers, new { w = new { number = new { @in = new[] { 1 } } } });

        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.Equal("INVALID_FILTER", (string?)nullIn.Errors![0]!["extensions"]!["code"]);
        Assert.Equal("INPUT_TOO_LARGE", (string?)tooLarge.Errors![0]!["extensions"]!["code"]);
        Assert.Equal("PAGE_SIZE_TOO_LARGE", (string?)hugePage.Errors![0]!["extensions"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, validAgain.Status);
        Assert.True((int)validAgain.Data["tasks"]!["totalCount"]! > 0);
    }

    [Fact]
    public async Task A_known_document_is_still_refused_to_a_caller_without_the_role()
    {
        const string close = "mutation { closeReportPeriod(input: { period: \"2023-01\" }) { errors { code } } }";
        var supervisor = new GraphQLClient(factory.CreateClient(), factory.Token("supervisor"));
        var viewer = new GraphQLClient(factory.CreateClient(), factory.Token("viewer"));

        await supervisor.PostAsync(close);
        var refused = await viewer.PostAsync(close);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("FORBIDDEN", (string?)refused.Errors![0]!["extensions"]!["code"]);
    }
}
