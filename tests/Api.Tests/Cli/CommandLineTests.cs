using Wuzhong.Api.Cli;

namespace Wuzhong.Api.Tests.Cli;

/// <summary>Which arguments start the server and which name a command, so that a mistyped command is refused, not served.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "--Database:Provider=PostgreSql" }, false)]
    [InlineData(new[] { "urls=http://127.0.0.1:5000" }, false)]
    [InlineData(new[] { "import", "plan.txt" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "improt", "plan.txt" }, true)]
    public void The_first_word_decides_between_server_and_command(string[] args, bool isCommand)
    {
        Assert.Equal(isCommand, CommandLine.IsCommand(args));
    }

    [Fact]
    public void A_command_sees_only_configuration_overrides_as_configuration()
    {
        Assert.Equal(["--ConnectionStrings:Wuzhong=Data Source=x.db"],
            CommandLine.ConfigurationArgs(["import", "plan.txt", "--ConnectionStrings:Wuzhong=Data Source=x.db"]));
    }
}
