using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary><c>migrate</c>: brings the configured database to the current schema.</summary>
public sealed class MigrateCommand : ICommand
{
    public string Name => "migrate";
    public string Usage => "migrate";
    public string Description => "apply the database migrations and exit";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        Console.Out.WriteLine("database is up to date");
        return 0;
    }
}
