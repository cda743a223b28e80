namespace Wuzhong.Api.Cli;

/// <summary>A command's <c>--name value</c> options (a name may repeat).</summary>
public sealed class CommandOptions
{
    private readonly List<(string Name, string Value)> _values = [];

    public static CommandOptions Parse(string[] arguments, string usage)
    {
        var options = new CommandOptions();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= arguments.Length)
            {
                throw new CommandException($"unexpected \"{arguments[i]}\"; usage: {usage}", 2);
            }
            options._values.Add((arguments[i][2..], arguments[++i]));
        }
        return options;
    }

    public string? Single(string name) => _values.LastOrDefault(v => v.Name == name).Value;

    public List<string> All(string name) => _values.Where(v => v.Name == name).Select(v => v.Value).ToList();
}
