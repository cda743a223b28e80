using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wuzhong.Api.Security;

namespace Wuzhong.Api.Tests.Security;

/// <summary>Behind a reverse proxy, limits per address key on the client the trusted proxy names, and on nobody else's word.</summary>
public sealed class TrustedProxiesTests
{
    private static async Task<string> CallerAsync(string proxies, string remote, string forwardedFor)
    {
        var middleware = new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance,
            Options.Create(TrustedProxies.Options(proxies.Split(','))));
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Request.Headers["X-Forwarded-For"] = forwardedFor;
        await middleware.Invoke(http);
        return CallerRateLimiter.Caller(http);
    }

    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5", "ip:203.0.113.7")]
    [InlineData("10.0.0.0/8", "10.1.2.3", "ip:203.0.113.7")]
    [InlineData("10.0.0.5", "10.0.0.9", "ip:10.0.0.9")]
    [InlineData("10.0.0.5", "127.0.0.1", "ip:127.0.0.1")]
    public async Task The_client_address_is_the_forwarded_one_only_from_a_trusted_proxy(string proxies, string remote, string caller) =>
        Assert.Equal(caller, await CallerAsync(proxies, remote, "203.0.113.7"));
}
