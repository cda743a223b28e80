using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary><c>import &lt;file&gt;…</c>: imports published plan texts, each in one transaction, and prints their import reports.</summary>
public sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Usage => "import <file>...";
    public string Description => "import plans' published texts (TAB-separated) and print the import reports";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length == 0)
        {
            throw new CommandException($"usage: {Usage}", exitCode: 2);
        }
        var paths = arguments.Select(Path.GetFullPath).ToList();
        foreach (var missing in paths.Where(p => !File.Exists(p)))
        {
            throw new CommandException($"{missing}: no such file");
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var importer = services.GetRequiredService<PlanImporter>();
        foreach (var path in paths)
        {
            try
            {
                var report = await importer.ImportAsync(await File.ReadAllTextAsync(path, cancellationToken), cancellationToken);
                await Console.Out.WriteAsync(paths.Count > 1 ? $"{path}: {report.ToString().Split('\n')[0]}\n" : report.ToString());
            }
            catch (PlanImportException e)
            {
                throw new CommandException(e.Line > 0 ? $"{path}:{e.Line}: {e.Reason}; nothing of it was imported" : $"{path}: {e.Reason}; nothing of it was imported");
            }
        }
        return 0;
    }
}
