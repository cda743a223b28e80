using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wuzhong.Api.Tests.Support;

namespace Wuzhong.Api.Tests.Security;

/// <summary>Tokens signed with this server's key are still refused when they are not what it issues.</summary>
public sealed class TokenPolicyTests(WuzhongApiFactory factory) : IClassFixture<WuzhongApiFactory>
{
    private string Token(string algorithm = SecurityAlgorithms.HmacSha256, DateTime? expires = null, Dictionary<string, object>? header = null)
    {
        var key = factory.Services.GetRequiredService<SymmetricSecurityKey>();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "forged"), new Claim("role", "supervisor")]),
            Issuer = "wuzhong-api",
            Audience = "wuzhong-api",
            IssuedAt = now,
            NotBefore = now,
            Expires = expires ?? now.AddHours(1),
            AdditionalHeaderClaims = header,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    private async Task<HttpStatusCode> StatusAsync(string token) =>
        (await new GraphQLClient(factory.CreateClient(), token).PostAsync("{ auditLog(first: 1) { totalCount } }")).Status;

    [Fact]
    public async Task A_token_as_this_server_issues_it_is_accepted() => Assert.Equal(HttpStatusCode.OK, await StatusAsync(Token()));

    [Fact]
    public async Task Another_HMAC_algorithm_with_the_same_key_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Token(SecurityAlgorithms.HmacSha384)));

    [Fact]
    public async Task A_token_valid_until_the_year_9999_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Token(expires: new DateTime(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc))));

    [Fact]
    public async Task A_token_with_critical_header_extensions_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(Token(header: new() { ["crit"] = new[] { "exp-policy" }, ["exp-policy"] = "x" })));
}
