namespace Wuzhong.Api.Cli;

/// <summary>
/// <c>dotnet run --project src/Api -- &lt;command&gt;</c>: commands run against the configured database and exit.
/// Without a command the server starts.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, ICommand> Commands = new ICommand[]
    {
        new ImportCommand(),
        new MigrateCommand(),
        new PrintSchemaCommand(),
        new GeneratePlansCommand(),
        new IssueTokenCommand(),
        new RebuildProjectionCommand(),
        new SeedDemoReportsCommand(),
        new RegisterDocumentsCommand(),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>
    /// Whether the arguments name a command rather than start the server. A first word that is neither an option
    /// (--urls …) nor a configuration override (Key=Value) is a command, known or not, so that a mistyped one is
    /// refused instead of silently starting the server.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (args[0] is "--help" or "-h" || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    /// <summary>The arguments the host's configuration should see: all for the server; only --Key=Value overrides for a command.</summary>
    public static string[] ConfigurationArgs(string[] args) =>
        IsCommand(args) ? args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray() : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (!Commands.TryGetValue(args[0], out var command))
        {
            if (args[0] is "help" or "--help" or "-h")
            {
                PrintUsage(Console.Out);
                return 0;
            }
            await Console.Error.WriteLineAsync($"unknown command \"{args[0]}\"");
            PrintUsage(Console.Error);
            return 2;
        }
        var operands = args.Skip(1).Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToArray();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return await command.RunAsync(scope.ServiceProvider, operands, CancellationToken.None);
        }
        catch (CommandException e)
        {
            await Console.Error.WriteLineAsync($"{command.Name}: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A configuration or database problem (unknown provider, unreachable server): its message, not a stack trace.
            await Console.Error.WriteLineAsync($"{command.Name}: {e.GetBaseException().Message}");
            return 1;
        }
    }

    private static void PrintUsage(TextWriter output)
    {
        output.WriteLine("usage: dotnet run --project src/Api -- <command> [arguments] [--Key=Value ...]");
        output.WriteLine("       dotnet run --project src/Api                 (start the server)");
        output.WriteLine();
        foreach (var command in Commands.Values)
        {
            output.WriteLine($"  {command.Usage,-34} {command.Description}");
        }
    }
}
