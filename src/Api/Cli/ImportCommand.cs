using Microsoft.EntityFrameworkCore;
using Wuzhong.Infrastructure.Import;
using Wuzhong.Infrastructure.Import.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary>
/// <c>import [--dry-run] [--report text|json] &lt;file&gt;…</c>: imports plans as published (PDF, Word, Excel, web page
/// or text), each in one transaction, and prints their import reports. A dry run reads and checks everything, lists every
/// unknown name and repair at once and, against an existing database, every task the import would add, renumber, amend,
/// remove or withdraw; it writes nothing.
/// </summary>
public sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Usage => "import [--dry-run] [--report text|json] [--write-reference <folder>] <file>...";
    public string Description => "import plans (.pdf .docx .xlsx .xls .html .txt .csv) and print the import reports; --dry-run writes nothing";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        var (dryRun, json, referenceFolder, files) = ParseArguments(arguments);
        if (referenceFolder is not null && (!dryRun || files.Count != 1))
        {
            throw new CommandException($"--write-reference writes the names of one document, in a dry run; usage: {Usage}", exitCode: 2);
        }
        var paths = files.Select(Path.GetFullPath).ToList();
        foreach (var missing in paths.Where(p => !File.Exists(p)))
        {
            throw new CommandException($"{missing}: no such file");
        }

        // A dry run creates no database: against one that exists and is up to date it says what the import would change.
        var importer = services.GetRequiredService<PlanImporter>();
        var compare = !dryRun || await DatabaseIsReadyAsync(services, cancellationToken);
        if (!dryRun)
        {
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        }
        var failed = false;
        foreach (var path in paths)
        {
            PlanDocument? document = null;
            ImportReport? report = null;
            PlanImportException? error = null;
            try
            {
                document = PlanDocumentReader.Read(await File.ReadAllBytesAsync(path, cancellationToken), path);
                (var draft, report) = importer.Check(document);
                if (referenceFolder is not null)
                {
                    foreach (var written in ReferenceDraft.Write(draft, importer.ReferenceFor(draft.Preamble.Issuer), referenceFolder))
                    {
                        await Console.Error.WriteLineAsync($"{Name}: wrote {written}: review it before importing");
                    }
                }
                if (report.UnknownNames.Count == 0 && compare)
                {
                    report = dryRun ? await importer.PreviewAsync(draft, report, cancellationToken) : await importer.ImportAsync(draft, report, cancellationToken);
                }
            }
            catch (PlanImportException e)
            {
                error = e;
            }
            failed |= error is not null || report is { UnknownNames.Count: > 0 };

            if (json)
            {
                await Console.Out.WriteLineAsync(ImportReportJson.Write(path, document, report, dryRun, error));
                continue;
            }
            if (!dryRun && error is null && report!.UnknownNames.Count > 0)
            {
                error = PlanImportException.UnknownNames(report.UnknownNames, importer.ReferenceFolder);
            }
            if (error is not null)
            {
                var message = string.Join("\n", error.Problems.Select(p => $"{Place(path, document, p.Line)}: {p.Reason}")) + "\nnothing of it was imported";
                if (paths.Count == 1)
                {
                    throw new CommandException(message);
                }
                await Console.Error.WriteLineAsync($"{Name}: {message}");
                continue;
            }
            var text = report!.ToString();
            await Console.Out.WriteAsync(dryRun
                ? $"{path} ({report.Format}):\n{text}"
                : paths.Count > 1 ? $"{path}: {text.Split('\n')[0]}\n" : text);
        }
        return failed ? 1 : 0;
    }

    /// <summary>Whether the database exists (a SQLite file is not created by asking) and has every migration.</summary>
    private static async Task<bool> DatabaseIsReadyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<WuzhongDbContext>();
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken) && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The dry run still checks the document; it only cannot compare it with the database.
            return false;
        }
    }

    /// <summary>"plan.txt:12" for a text, as editors and compilers say it; "plan.docx (row 3 of table 2)" for others.</summary>
    private static string Place(string path, PlanDocument? document, int line) =>
        line <= 0 ? path : document is null || document.Where(line) == $"line {line}" ? $"{path}:{line}" : $"{path} ({document.Where(line)})";

    private (bool DryRun, bool Json, string? ReferenceFolder, List<string> Files) ParseArguments(string[] arguments)
    {
        var dryRun = false;
        var json = false;
        string? referenceFolder = null;
        var files = new List<string>();
        for (var i = 0; i < arguments.Length; i++)
        {
            switch (arguments[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--report" when i + 1 < arguments.Length && arguments[i + 1] is "text" or "json":
                    json = arguments[++i] == "json";
                    break;
                case "--write-reference" when i + 1 < arguments.Length:
                    referenceFolder = Path.GetFullPath(arguments[++i]);
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new CommandException($"unknown option \"{option}\"; usage: {Usage}", exitCode: 2);
                default:
                    files.Add(arguments[i]);
                    break;
            }
        }
        if (files.Count == 0)
        {
            throw new CommandException($"usage: {Usage}", exitCode: 2);
        }
        return (dryRun, json, referenceFolder, files);
    }
}
