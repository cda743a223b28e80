using System.Net;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Reporting;

/// <summary>With Auth:AllowAnonymousRead=false, reading needs a token too.</summary>
public sealed class ClosedReadTests(ClosedReadTests.Factory factory) : IClassFixture<ClosedReadTests.Factory>
{
    public sealed class Factory : WuzhongApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Auth:AllowAnonymousRead"] = "false" };
    }

    [Fact]
    public async Task An_anonymous_read_is_refused_and_a_viewer_reads()
    {
        var anonymous = await new GraphQLClient(factory.CreateClient()).PostAsync("{ tasks { totalCount } }");
        var viewer = await new GraphQLClient(factory.CreateClient(), factory.Token("viewer")).PostAsync("{ tasks { totalCount } }");

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, (string)anonymous.Errors![0]["extensions"]!["code"]!));
        Assert.Equal((HttpStatusCode.OK, 108), (viewer.Status, (int)viewer.Data["tasks"]!["totalCount"]!));
    }
}
