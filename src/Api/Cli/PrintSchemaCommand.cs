using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Wuzhong.GraphQLEngine.Introspection;

namespace Wuzhong.Api.Cli;

/// <summary><c>print-schema [file]</c>: prints the schema the code builds, as committed in schema.graphql.</summary>
public sealed class PrintSchemaCommand : ICommand
{
    public string Name => "print-schema";
    public string Usage => "print-schema [file]";
    public string Description => "print the GraphQL schema (SDL), or write it to a file such as schema.graphql";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        var sdl = Print(services.GetRequiredService<ISchema>());
        if (arguments.Length == 0)
        {
            await Console.Out.WriteAsync(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(arguments[0], sdl, cancellationToken);
            await Console.Out.WriteLineAsync($"schema written to {Path.GetFullPath(arguments[0])}");
        }
        return 0;
    }

    /// <summary>The schema as SDL with descriptions, with LF line ends on every platform.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
        return CurrentIntrospection.PrintSpecifiedBy(schema, sdl).TrimEnd() + "\n";
    }
}
