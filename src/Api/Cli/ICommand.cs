namespace Wuzhong.Api.Cli;

/// <summary>One command of the command line.</summary>
public interface ICommand
{
    string Name { get; }
    string Usage { get; }
    string Description { get; }

    /// <returns>The process exit code: 0 on success.</returns>
    Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken);
}
