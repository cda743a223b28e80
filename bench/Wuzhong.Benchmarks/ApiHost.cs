using GraphQL;
using GraphQL.Types;
using Wuzhong.Api;
using Wuzhong.Infrastructure;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Benchmarks;

/// <summary>
/// The API's services without Kestrel: the same schema, executer, validation rules and database as the server, on the
/// configured database (the embedded SQLite by default, in a temporary folder, with the 2023 plan and six months of demo reports).
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IDocumentExecuter<ISchema> _executer;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly string? _folder;

    private ApiHost(WebApplication app, string? folder)
    {
        _app = app;
        _folder = folder;
        _executer = app.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = app.Services.GetRequiredService<IGraphQLTextSerializer>();
    }

    public static async Task<ApiHost> StartAsync()
    {
        string? folder = null;
        var args = new List<string> { "--Logging:LogLevel:Default=Warning" };
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Wuzhong") is null)
        {
            folder = Directory.CreateTempSubdirectory("wuzhong-bench-").FullName;
            args.Add($"--Storage:DataFolder={folder}");
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. args], ContentRootPath = AppContext.BaseDirectory });
        builder.AddInfrastructure();
        builder.AddGraphQLApi();
        var app = builder.Build();
        if (!await app.InitializeDatabaseAsync())
        {
            throw new InvalidOperationException("the database could not be prepared");
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoReportSeeder>().SeedAsync(2023, 6, 2023, CancellationToken.None);
        }
        return new ApiHost(app, folder);
    }

    /// <summary>One request as the endpoint runs it, short of HTTP: a scope, execution, JSON.</summary>
    public async Task<string> RunAsync(string query, Inputs? variables = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables,
            RequestServices = scope.ServiceProvider,
            UserContext = new Dictionary<string, object?>(),
        });
        return _serializer.Serialize(result);
    }

    /// <summary>The floor under every data field: one EF query of one row and one column, with a scope and a pooled context.</summary>
    public async Task<string> RunEfFloorAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Wuzhong.Infrastructure.Persistence.WuzhongDbContext>();
        var numbers = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.WorkTasks.OrderBy(t => t.Number).ThenBy(t => t.Id).Take(1).Select(t => t.Number));
        return string.Join(",", numbers);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
