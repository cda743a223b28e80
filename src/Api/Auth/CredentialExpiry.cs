using System.Globalization;
using System.Security.Claims;

namespace Wuzhong.Api.Auth;

/// <summary>
/// When a long-lived connection's credentials stop being accepted: a WebSocket or an event stream opened with a token
/// holds its rights only as long as an HTTP request with that token would be let in (its expiry plus the clock skew).
/// Token lifetimes are real-world time, as the bearer handler checks them.
/// </summary>
public static class CredentialExpiry
{
    public const string TokenExpired = "TOKEN_EXPIRED";

    /// <summary>The moment the caller's token is refused; null for an anonymous caller.</summary>
    public static DateTimeOffset? Of(ClaimsPrincipal user, AuthOptions auth) =>
        user.Identity?.IsAuthenticated == true && long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp) + TimeSpan.FromSeconds(auth.ClockSkewSeconds)
            : null;

    /// <summary>Completes at <paramref name="at"/>; throws when <paramref name="stop"/> is cancelled first.</summary>
    public static async Task DelayUntilAsync(DateTimeOffset at, CancellationToken stop)
    {
        // A timer runs at most ~24 days at a time; a token may live a year.
        while (at - DateTimeOffset.UtcNow is { Ticks: > 0 } left)
        {
            await Task.Delay(left < TimeSpan.FromDays(1) ? left : TimeSpan.FromDays(1), stop);
        }
    }

    /// <summary>A token source cancelled at <paramref name="at"/> (never, for null), unless <paramref name="stop"/> comes first.</summary>
    public static CancellationTokenSource CancelAt(DateTimeOffset? at, CancellationToken stop)
    {
        var expiry = new CancellationTokenSource();
        if (at is { } moment)
        {
            _ = CancelWhenDueAsync(expiry, moment, stop);
        }
        return expiry;
    }

    private static async Task CancelWhenDueAsync(CancellationTokenSource expiry, DateTimeOffset at, CancellationToken stop)
    {
        try
        {
            await DelayUntilAsync(at, stop);
            await expiry.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
        catch (ObjectDisposedException)
        {
            // The connection ended and let go of its source first.
        }
    }
}
