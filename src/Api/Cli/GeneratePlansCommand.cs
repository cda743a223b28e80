using Wuzhong.Infrastructure.Import;

namespace Wuzhong.Api.Cli;

/// <summary><c>generate-plans &lt;folder&gt; [count] [tasks]</c>: writes synthetic plans for benchmarks (never run automatically).</summary>
public sealed class GeneratePlansCommand : ICommand
{
    public string Name => "generate-plans";
    public string Usage => "generate-plans <folder> [count] [tasks]";
    public string Description => "write [count] synthetic plans of [tasks] tasks (default 99 × 108) for benchmarks";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length is < 1 or > 3
            || !TryCount(arguments, 1, 99, out var count) || !TryCount(arguments, 2, 108, out var tasks))
        {
            throw new CommandException($"usage: {Usage} (count and tasks are positive whole numbers)", exitCode: 2);
        }
        var folder = Directory.CreateDirectory(arguments[0]).FullName;
        var reference = services.GetRequiredService<ReferenceData>();
        for (var i = 1; i <= count; i++)
        {
            // Codes that cannot clash with a real document: 吴政发〔2023〕9001号 and on.
            var text = SyntheticPlanGenerator.Generate(reference, new SyntheticPlanGenerator.PlanShape($"吴政发〔2023〕{9000 + i}号", 2023, tasks, Seed: i));
            await File.WriteAllTextAsync(Path.Combine(folder, $"synthetic-{i:D3}.txt"), text, cancellationToken);
        }
        await Console.Out.WriteLineAsync($"{count} plans of {tasks} tasks written to {folder}");
        return 0;
    }

    private static bool TryCount(string[] arguments, int index, int fallback, out int value)
    {
        value = fallback;
        return arguments.Length <= index || (int.TryParse(arguments[index], out value) && value > 0);
    }
}
