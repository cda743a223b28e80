using System.Diagnostics;
using BenchmarkDotNet.Running;
using GraphQL;
using Wuzhong.Benchmarks;

// dotnet run -c Release --project bench/Wuzhong.Benchmarks                 BenchmarkDotNet, every question
// dotnet run -c Release --project bench/Wuzhong.Benchmarks -- --filter '*Page*'   (BenchmarkDotNet's own options)
// dotnet run -c Release --project bench/Wuzhong.Benchmarks -- quick [seconds [question]]   a quick loop per question: µs and bytes per request
if (args.Length > 0 && args[0] == "quick")
{
    var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
    var only = args.Length > 2 ? args[2] : null;
    await using var host = await ApiHost.StartAsync();
    var questions = Questions.All.Select(q => (q.Key, (Func<int, Task<string>>)(_ => host.RunAsync(q.Value))))
        .Append(("headline-varied", round =>
        {
            var (department, district) = VariedArguments.Pick(round);
            return host.RunAsync(Questions.HeadlineVaried, new Inputs(new Dictionary<string, object?> { ["department"] = department, ["district"] = district }));
        }))
        .Append(("ef-floor", _ => host.RunEfFloorAsync())).ToList();
    // Two passes: the first one lets tiered compilation settle, the second one is printed.
    foreach (var (name, run) in questions.Concat(questions).Select((q, i) => (Name: i < Questions.All.Count + 1 ? null : q.Item1, Run: q.Item2))
        .Where(q => only is null || q.Run == questions.FirstOrDefault(o => o.Item1 == only).Item2))
    {
        var answer = await run(0);
        if (answer.Contains("\"errors\"", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"{name}: {answer}");
            return 1;
        }
        for (var i = 0; i < 200; i++)
        {
            await run(i);
        }
        var count = 0;
        var collections = GC.CollectionCount(0);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await run(count++);
        }
        watch.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (name is null)
        {
            continue;
        }
        Console.WriteLine($"{name,-18} {watch.Elapsed.TotalMicroseconds / count,9:F0} µs/request {allocated / count / 1024.0,9:F1} KiB/request ({count} requests, {GC.CollectionCount(0) - collections} GCs, {answer.Length} chars)");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(RequestPathBenchmarks).Assembly).Run(args);
return 0;
