using Wuzhong.Domain.Reporting;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.Cli;

/// <summary><c>seed-demo-reports --through 2023-06</c>: fills plausible reports for dashboards (never run automatically).</summary>
public sealed class SeedDemoReportsCommand : ICommand
{
    public string Name => "seed-demo-reports";
    public string Usage => "seed-demo-reports --through <yyyy-mm> [--seed <n>]";
    public string Description => "fill deterministic demo reports for every month up to the one given";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(arguments, Usage);
        if (options.Single("through") is not { } through || ReportingRules.ParsePeriodLabel(through) is not var (year, month))
        {
            throw new CommandException($"--through takes a month such as 2023-06; usage: {Usage}", 2);
        }
        var seed = int.TryParse(options.Single("seed") ?? "2023", out var s) ? s : throw new CommandException("--seed is a whole number", 2);
        // As the server would: migrated, and the bundled plan loaded into an empty database.
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var added = await services.GetRequiredService<DemoReportSeeder>().SeedAsync(year, month, seed, cancellationToken);
        await Console.Out.WriteLineAsync($"{added} demo reports added for {year}-01 to {ReportPeriod.FormatLabel(year, month)}");
        return 0;
    }
}
