using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Wuzhong.Api.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address: limits per address (anonymous rates,
/// subscriptions) would then hold every anonymous user to one budget. From the proxies named in
/// <c>Security:TrustedProxies</c> (addresses, or networks as 10.0.0.0/8), X-Forwarded-For and X-Forwarded-Proto say
/// who the client is; from anyone else the headers are ignored, so a client cannot choose its own address.
/// </summary>
public static class TrustedProxies
{
    public static ForwardedHeadersOptions Options(IEnumerable<string> proxies)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // The defaults trust the loopback proxy; only what is configured is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (System.Net.IPNetwork.TryParse(proxy, out var network) && proxy.Contains('/', StringComparison.Ordinal))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(proxy, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException(
                    $"Security:TrustedProxies: \"{proxy}\" is neither an address (10.0.0.5) nor a network (10.0.0.0/8).");
            }
        }
        return options;
    }
}
