using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Schema;

/// <summary>The dashboard operations in docs/operations (those the README shows) run without an error.</summary>
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
    };

    public static TheoryData<string> Operations => new(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "operations"), "*.graphql").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_documented_operation_runs_without_errors(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "operations", file));

        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(query, SampleVariables);

        Assert.True(response.Status == System.Net.HttpStatusCode.OK && response.Errors is null, $"{file}: {response.Body}");
    }
}
