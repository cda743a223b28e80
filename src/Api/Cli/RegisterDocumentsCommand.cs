using System.Text.Json;
using Wuzhong.Infrastructure.Documents;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Cli;

/// <summary>
/// <c>register-documents &lt;folder | map.json&gt;</c>: registers trusted documents by their SHA-256, from every *.graphql
/// file of a folder, or from a persisted-query map as Relay's compiler writes it (<c>persistConfig</c> with
/// <c>algorithm: "SHA256"</c>: <c>{ "&lt;sha256&gt;": "&lt;text&gt;" }</c>). Every document is read and checked first;
/// one that does not parse, or a map id that is not its text's SHA-256, registers nothing at all.
/// </summary>
public sealed class RegisterDocumentsCommand : ICommand
{
    public string Name => "register-documents";
    public string Usage => "register-documents <folder | persisted-queries.json>";
    public string Description => "register each *.graphql file of a folder, or each document of Relay's persisted-query map, as a trusted document and print its id";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        if (arguments.Length != 1)
        {
            throw new CommandException($"usage: {Usage}", exitCode: 2);
        }
        var path = Path.GetFullPath(arguments[0]);
        var documents = File.Exists(path) ? await ReadMapAsync(path, cancellationToken)
            : Directory.Exists(path) ? await ReadFolderAsync(path, cancellationToken)
            : throw new CommandException($"{path}: no such folder or file");
        foreach (var (name, body) in documents)
        {
            try
            {
                GraphQLParser.Parser.Parse(body);
            }
            catch (GraphQLParser.Exceptions.GraphQLParserException e)
            {
                throw new CommandException($"{name}: not a GraphQL document ({e.Message}); nothing was registered");
            }
        }
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        var trusted = services.GetRequiredService<TrustedDocuments>();
        foreach (var (name, body) in documents)
        {
            var (id, added) = await trusted.RegisterAsync(name, body, cancellationToken);
            await Console.Out.WriteLineAsync($"{id}  {name}{(added ? "" : "  (already registered)")}");
        }
        return 0;
    }

    private static async Task<List<(string Name, string Body)>> ReadFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new CommandException($"{folder} holds no *.graphql file");
        }
        var documents = new List<(string, string)>();
        foreach (var file in files)
        {
            documents.Add((Path.GetFileName(file), await File.ReadAllTextAsync(file, cancellationToken)));
        }
        return documents;
    }

    /// <summary>Relay's map of id to text; each id must be the SHA-256 of its text, as the server will look it up.</summary>
    private static async Task<List<(string Name, string Body)>> ReadMapAsync(string file, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(await File.ReadAllTextAsync(file, cancellationToken));
        }
        catch (JsonException e)
        {
            throw new CommandException($"{file}: not JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CommandException($"{file}: a persisted-query map is a JSON object of id to document text, as Relay's persistConfig writes it");
            }
            var documents = new List<(string, string)>();
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    throw new CommandException($"{file}: the value of \"{entry.Name}\" is not a document's text; nothing was registered");
                }
                var body = entry.Value.GetString()!;
                var id = entry.Name.StartsWith(TrustedDocuments.Prefix, StringComparison.Ordinal) ? entry.Name[TrustedDocuments.Prefix.Length..] : entry.Name;
                if (!string.Equals(id, TrustedDocuments.HashOf(body), StringComparison.OrdinalIgnoreCase))
                {
                    throw new CommandException($"{file}: \"{entry.Name}\" is not the SHA-256 of its text (set persistConfig's algorithm to \"SHA256\"); nothing was registered");
                }
                var operation = System.Text.RegularExpressions.Regex.Match(body, @"\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)");
                documents.Add(($"{Path.GetFileName(file)}#{(operation.Success ? operation.Groups[1].Value : id[..12])}", body));
            }
            if (documents.Count == 0)
            {
                throw new CommandException($"{file}: the map holds no document");
            }
            return documents;
        }
    }
}
