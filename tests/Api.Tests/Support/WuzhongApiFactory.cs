using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// The API over real HTTP (in-process) on a private in-memory SQLite database, which the server migrates and
/// loads with the bundled 2023 plan at start-up, as it does on a fresh machine.
/// </summary>
public sealed class WuzhongApiFactory : WebApplicationFactory<Program>
{
    // A named shared-cache memory database lives while one connection to it is open.
    private readonly SqliteConnection _keepAlive = new($"Data Source=wuzhong-tests-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");

    public WuzhongApiFactory() => _keepAlive.Open();

    public SqlCommandCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Wuzhong", _keepAlive.ConnectionString);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Sql));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive.Dispose();
        }
    }
}
