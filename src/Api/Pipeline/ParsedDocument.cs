using System.Collections.Concurrent;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using Wuzhong.Api.Caching;
using Wuzhong.GraphQLEngine;
using Wuzhong.GraphQLEngine.Http;
using Wuzhong.GraphQLEngine.Limits;

namespace Wuzhong.Api.Pipeline;

/// <summary>One document's text, parsed, with what the endpoint derives from the text alone, each computed once.</summary>
public sealed class ParsedDocument
{
    private static readonly SDLPrinter Printer = new();

    private readonly ConcurrentDictionary<string, CacheDependency?> _dependencies = new(StringComparer.Ordinal);
    private string? _printedHash;
    private (int Operations, int InputDepth, int Aliases)? _limits;

    private ParsedDocument(GraphQLDocument? document, HttpFailure? failure) => (Document, Failure) = (document, failure);

    /// <summary>Null when the text does not parse (the executer then reports the syntax error with its location).</summary>
    public GraphQLDocument? Document { get; }

    /// <summary>A failure of its own: nested deeper than the parser goes.</summary>
    public HttpFailure? Failure { get; }

    /// <summary>
    /// The SHA-256 of the document as printed, where spacing, commas and comments do not count: the response cache's
    /// key is made from it.
    /// </summary>
    public string PrintedHash => _printedHash ??=
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Printer.Print(Document!))));

    /// <summary>The counts the endpoint's limits are checked against.</summary>
    public (int Operations, int InputDepth, int Aliases) Limits =>
        _limits ??= (DocumentLimits.Operations(Document!), DocumentLimits.InputDepth(Document!), DocumentLimits.Aliases(Document!));

    /// <summary>What the answer of one of its operations depends on (<see cref="CacheDependencies.Of"/>).</summary>
    public CacheDependency? DependencyOf(ISchema schema, GraphQLOperationDefinition operation) =>
        _dependencies.GetOrAdd(operation.Name?.StringValue ?? "", _ => CacheDependencies.Of(schema, Document!, operation));

    public static ParsedDocument Parse(string query)
    {
        try
        {
            return new ParsedDocument(GraphQLParser.Parser.Parse(query), null);
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
        {
            return new ParsedDocument(null, new HttpFailure(StatusCodes.Status400BadRequest, ErrorCodes.InputTooDeep,
                "The document is nested deeper than the parser accepts."));
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return new ParsedDocument(null, null);
        }
    }
}
