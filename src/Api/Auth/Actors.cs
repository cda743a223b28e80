using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Wuzhong.Domain.Access;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.Auth;

/// <summary>The caller as the reporting rules see it, from the token's claims.</summary>
public static class Actors
{
    public static Actor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new Actor("anonymous", new HashSet<string>(), []);
        }
        return new Actor(
            user.FindFirst(JwtRegisteredClaimNames.Sub)?.Value ?? user.Identity.Name ?? "unknown",
            user.FindAll(TokenIssuer.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            user.FindAll(TokenIssuer.DepartmentClaim).Select(c => c.Value).Distinct().ToList())
        {
            Issuer = user.FindFirst(TokenIssuer.GovernmentClaim)?.Value,
        };
    }
}
