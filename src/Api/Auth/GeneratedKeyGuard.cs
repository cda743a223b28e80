using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Auth;

/// <summary>
/// A generated development key is one process's own (its data folder's): tokens it signs fail on any other process.
/// On a server database (where several processes are a normal deployment) a process that would sign with a generated
/// key holds a database lock for its lifetime, and a second such process refuses to start, saying what to configure.
/// </summary>
public static class GeneratedKeyGuard
{
    /// <returns>False when another process on this database already signs with a generated key.</returns>
    public static async Task<bool> HoldAsync(WebApplication app, WuzhongDbContext db, CancellationToken cancellationToken)
    {
        var auth = app.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        if (!string.IsNullOrEmpty(auth.SigningKey) || db.Database.IsSqlite())
        {
            return true;
        }
        var held = await DatabaseSessionLock.TryHoldAsync(db, DatabaseSessionLock.GeneratedSigningKey, cancellationToken);
        if (held is null)
        {
            app.Logger.LogCritical("Another server process on this database signs tokens with a generated development key; tokens signed by "
                + "one would be refused by the other. Configure Auth:SigningKey (the same on every process) to run more than one.");
            return false;
        }
        app.Lifetime.ApplicationStopped.Register(() => held.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return true;
    }
}
