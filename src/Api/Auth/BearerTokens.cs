using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Wuzhong.Api.Auth;

/// <summary>
/// A bearer token read outside the Authorization header (a WebSocket's <c>connection_init</c>: browsers cannot set
/// headers on one) checked by the handler that checks HTTP's (<see cref="PolicyTokenHandler"/>), with HTTP's parameters.
/// </summary>
public sealed class BearerTokens(IOptionsMonitor<JwtBearerOptions> options)
{
    public const string InvalidTokenMessage = "The bearer token is not valid (malformed, expired, or not signed by this server).";
    public const string TokenRequiredMessage = "This API needs a bearer token.";

    /// <summary>The token's caller, or null when HTTP would refuse the token.</summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string token)
    {
        var jwt = options.Get(JwtBearerDefaults.AuthenticationScheme);
        var validated = await jwt.TokenHandlers.Single().ValidateTokenAsync(token, jwt.TokenValidationParameters);
        return validated.IsValid ? new ClaimsPrincipal(validated.ClaimsIdentity) : null;
    }
}
