namespace Wuzhong.Api.Cli;

/// <summary>A command that cannot do its work: its message is printed, without a stack trace.</summary>
public sealed class CommandException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
