using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wuzhong.Api.Auth;

/// <summary>
/// Makes signed bearer tokens: a subject, one role, and for a reporter the departments it reports for.
/// Token lifetimes are real-world time (as the bearer handler checks them), not the reporting clock.
/// </summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, IOptions<AuthOptions> options)
{
    public const string RoleClaim = "role";
    public const string DepartmentClaim = "department";

    /// <summary>The government (plan issuer) whose departments the token names; absent: the reference data's issuer.</summary>
    public const string GovernmentClaim = "government";

    public string Issue(string subject, string role, IEnumerable<string> departments, TimeSpan lifetime, string? government = null)
    {
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, subject), new(RoleClaim, role) };
        claims.AddRange(departments.Select(d => new Claim(DepartmentClaim, d)));
        if (government is not null)
        {
            claims.Add(new Claim(GovernmentClaim, government));
        }
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
