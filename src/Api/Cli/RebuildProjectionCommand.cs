using Wuzhong.Infrastructure.Analytics;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary><c>rebuild-projection</c>: computes the analytics projection again from every report.</summary>
public sealed class RebuildProjectionCommand : ICommand
{
    public string Name => "rebuild-projection";
    public string Usage => "rebuild-projection";
    public string Description => "rebuild the analytics projection from the progress reports";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var reports = await services.GetRequiredService<ProgressProjection>().RebuildAsync(cancellationToken);
        await Console.Out.WriteLineAsync($"projection rebuilt from {reports} reports");
        return 0;
    }
}
