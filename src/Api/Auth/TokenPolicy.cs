using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wuzhong.Api.Auth;

/// <summary>
/// What a bearer token must be beyond a valid signature, issuer and audience, checked alike for HTTP and for a
/// WebSocket's <c>connection_init</c>: signed with the one algorithm this server signs with, no longer-lived than
/// <see cref="AuthOptions.MaxTokenLifetimeDays"/>, and without critical header extensions, which this server does not
/// understand and so must refuse (RFC 7515, 4.1.11).
/// </summary>
public static class TokenPolicy
{
    public static readonly string[] Algorithms = [SecurityAlgorithms.HmacSha256];

    public static TokenValidationParameters Parameters(AuthOptions auth, SecurityKey key) => new()
    {
        ValidIssuer = auth.Issuer,
        ValidAudience = auth.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        NameClaimType = "sub",
        RoleClaimType = TokenIssuer.RoleClaim,
        ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
    };

    /// <summary>Why a token whose signature and lifetime were validated is still refused; null when it is accepted.</summary>
    public static string? Refusal(SecurityToken token, AuthOptions auth)
    {
        if (token is JsonWebToken jwt && jwt.TryGetHeaderValue<object>("crit", out _))
        {
            return "the token names critical header parameters (crit), which this server does not support";
        }
        var maxLifetime = TimeSpan.FromDays(auth.MaxTokenLifetimeDays);
        var issued = token is JsonWebToken { IssuedAt: var iat } && iat > DateTime.MinValue ? iat : DateTime.UtcNow;
        if (token.ValidTo - issued > maxLifetime || token.ValidTo - DateTime.UtcNow > maxLifetime)
        {
            return $"the token is valid for longer than {auth.MaxTokenLifetimeDays} days";
        }
        return null;
    }
}
