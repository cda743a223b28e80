using Microsoft.Extensions.Options;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.Security;

/// <summary>
/// The browser origins a WebSocket may be opened from: the API's own (the dashboard, Banana Cake Pop), those of
/// <see cref="SecurityPolicyOptions.CorsOrigins"/> and of <see cref="SecurityPolicyOptions.AllowedOrigins"/>. A request without an
/// Origin header is not a browser's (graphql-ws in Node, curl) and is let through to authenticate as usual.
/// </summary>
public static class BrowserOrigins
{
    public static bool Allowed(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }
        if (string.Equals(origin, $"{http.Request.Scheme}://{http.Request.Host.Value}", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var security = http.RequestServices.GetRequiredService<IOptions<SecurityPolicyOptions>>().Value;
        return security.AllowedOrigins.Concat(security.CorsOrigins).Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }
}
