using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Api.Auth;
using Wuzhong.Infrastructure.Tests;
using Wuzhong.Infrastructure.Tests.Databases;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// The API over real HTTP (in-process) on a private in-memory SQLite database, which the server migrates and
/// loads with the bundled 2023 plan at start-up, as it does on a fresh machine.
/// </summary>
public class WuzhongApiFactory : WebApplicationFactory<Program>
{
    // A named shared-cache memory database lives while one connection to it is open.
    private readonly SqliteConnection _keepAlive = new($"Data Source=wuzhong-tests-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");

    public WuzhongApiFactory() => _keepAlive.Open();

    public SqlCommandCounter Sql { get; } = new();

    /// <summary>Database faults a test turns on after start-up (none by default).</summary>
    public DatabaseFaultInjector Faults { get; } = new();

    /// <summary>The server's clock: the real time unless a test sets it.</summary>
    public FakeClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The database the server runs on: SQLite here, PostgreSQL in <see cref="PostgreSqlApiFactory"/>.</summary>
    public virtual TestProvider Provider => TestProvider.Sqlite;

    /// <summary>The connection string of the server's database.</summary>
    protected virtual string ConnectionString => _keepAlive.ConnectionString;

    /// <summary>Settings a derived factory adds, e.g. Auth:AllowAnonymousRead.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>A bearer token this server accepts.</summary>
    public string Token(string role, params string[] departments) =>
        Services.GetRequiredService<TokenIssuer>().Issue($"test-{role}", role, departments, TimeSpan.FromHours(1));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Wuzhong", ConnectionString);
        // A fixed key, so that no development key file is written beside the sources.
        builder.UseSetting("Auth:SigningKey", "wuzhong-tests-signing-key-0123456789-abcdefghijklmnop");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(Sql);
            services.AddSingleton<IInterceptor>(Faults);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        Faults.Heal();
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive.Dispose();
        }
    }
}
