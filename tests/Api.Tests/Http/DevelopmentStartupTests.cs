using Microsoft.AspNetCore.Hosting;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Http;

/// <summary>In Development the container checks every registration when it is built: the app must pass that check.</summary>
public sealed class DevelopmentStartupTests
{
    private sealed class DevelopmentFactory : WuzhongApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }

    [Fact]
    public async Task The_server_starts_and_answers_in_Development()
    {
        await using var factory = new DevelopmentFactory();

        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync("{ targets { totalCount } }");

        Assert.Equal(11, (int)data["targets"]!["totalCount"]!);
    }
}
