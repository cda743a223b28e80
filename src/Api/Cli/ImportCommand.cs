using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary><c>import &lt;file&gt;</c>: imports a published plan text in one transaction and prints the import report.</summary>
public sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Usage => "import <file>";
    public string Description => "import a plan's published text (TAB-separated) and print the import report";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length != 1)
        {
            throw new CommandException($"usage: {Usage}", exitCode: 2);
        }
        var path = Path.GetFullPath(arguments[0]);
        if (!File.Exists(path))
        {
            throw new CommandException($"{path}: no such file");
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        try
        {
            var report = await services.GetRequiredService<PlanImporter>().ImportAsync(await File.ReadAllTextAsync(path, cancellationToken), cancellationToken);
            Console.Out.Write(report.ToString());
            return 0;
        }
        catch (PlanImportException e)
        {
            throw new CommandException(e.Line > 0 ? $"{path}:{e.Line}: {e.Reason}; nothing was imported" : $"{path}: {e.Reason}; nothing was imported");
        }
    }
}
