using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary><c>register-documents &lt;folder&gt;</c>: registers every *.graphql file as a trusted document, by its SHA-256.</summary>
public sealed class RegisterDocumentsCommand : ICommand
{
    public string Name => "register-documents";
    public string Usage => "register-documents <folder>";
    public string Description => "register each *.graphql file of a folder as a trusted document and print its id";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length != 1)
        {
            throw new CommandException($"usage: {Usage}", exitCode: 2);
        }
        var folder = Path.GetFullPath(arguments[0]);
        if (!Directory.Exists(folder))
        {
            throw new CommandException($"{folder}: no such folder");
        }
        var files = Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new CommandException($"{folder} holds no *.graphql file");
        }
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var documents = services.GetRequiredService<TrustedDocuments>();
        foreach (var file in files)
        {
            var body = await File.ReadAllTextAsync(file, cancellationToken);
            try
            {
                GraphQLParser.Parser.Parse(body);
            }
            catch (GraphQLParser.Exceptions.GraphQLParserException e)
            {
                throw new CommandException($"{file}: not a GraphQL document ({e.Message}); nothing more was registered");
            }
            var (id, added) = await documents.RegisterAsync(Path.GetFileName(file), body, cancellationToken);
            await Console.Out.WriteLineAsync($"{id}  {Path.GetFileName(file)}{(added ? "" : "  (already registered)")}");
        }
        return 0;
    }
}
