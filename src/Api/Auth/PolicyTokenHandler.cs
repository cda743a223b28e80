using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wuzhong.Api.Auth;

/// <summary>
/// The one check of a bearer token: signature, issuer, audience and lifetime (<see cref="TokenPolicy.Parameters"/>), then
/// <see cref="TokenPolicy.Refusal"/>. It is the JwtBearer handler's only token handler, so HTTP and SSE requests are
/// checked by it, and <see cref="BearerTokens"/> hands a WebSocket's <c>connection_init</c> token to the same instance.
/// </summary>
public sealed class PolicyTokenHandler(AuthOptions auth) : JsonWebTokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && TokenPolicy.Refusal(result.SecurityToken, auth) is { } refusal)
        {
            return new TokenValidationResult { IsValid = false, Exception = new SecurityTokenValidationException(refusal) };
        }
        return result;
    }
}
