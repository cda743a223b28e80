namespace Wuzhong.Api.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The HMAC key tokens are signed with (at least 32 characters). None: a development key is generated in the data folder.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "wuzhong-api";
    public string Audience { get; set; } = "wuzhong-api";

    /// <summary>How far the clocks of the issuer and of this server may differ: a token is accepted until its expiry plus this.</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    /// <summary>The longest lifetime a token may claim (issue-token gives at most 366 days): an expiry in the year 9999 is refused.</summary>
    public int MaxTokenLifetimeDays { get; set; } = 366;

    /// <summary>Whether anonymous callers may read; false closes the API to callers without a token.</summary>
    public bool AllowAnonymousRead { get; set; } = true;
}
