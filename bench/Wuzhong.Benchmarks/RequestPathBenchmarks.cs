using BenchmarkDotNet.Attributes;
using GraphQL;

namespace Wuzhong.Benchmarks;

/// <summary>Document → validation → SQL → JSON for each question, in process (no HTTP, no load generator).</summary>
[MemoryDiagnoser]
public class RequestPathBenchmarks
{
    private ApiHost _host = null!;
    private int _round;

    [GlobalSetup]
    public void Setup() => _host = ApiHost.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<string> Headline() => _host.RunAsync(Questions.Headline);

    /// <summary>The headline question with another department and town each time.</summary>
    [Benchmark]
    public Task<string> HeadlineVaried()
    {
        var (department, district) = VariedArguments.Pick(_round++);
        return _host.RunAsync(Questions.HeadlineVaried, new Inputs(new Dictionary<string, object?> { ["department"] = department, ["district"] = district }));
    }

    [Benchmark]
    public Task<string> Grouped() => _host.RunAsync(Questions.Grouped);

    [Benchmark]
    public Task<string> Page() => _host.RunAsync(Questions.Page);

    [Benchmark]
    public Task<string> Compliance() => _host.RunAsync(Questions.Compliance);

    [Benchmark]
    public Task<string> Trend() => _host.RunAsync(Questions.Trend);

    [Benchmark]
    public Task<string> DepartmentByStatus() => _host.RunAsync(Questions.DepartmentByStatus);
}
