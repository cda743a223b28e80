using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Wuzhong.GraphQLEngine.Introspection;

/// <summary>
/// What the October 2021 introspection asks that GraphQL.NET 8 does not serve: <c>__Type.specifiedByURL</c> (a custom
/// scalar's specification, from <see cref="SpecifiedBy"/>) and <c>includeDeprecated</c> on <c>__Directive.args</c>.
/// graphql-js's <c>getIntrospectionQuery({ specifiedByUrl: true, inputValueDeprecation: true })</c> asks for both, and
/// a document that names an unknown field or argument fails as a whole, so without them the client cannot build the schema.
/// Added to the introspection types once they are resolved, before the schema is validated.
/// </summary>
public static class CurrentIntrospection
{
    /// <summary>The metadata key under which a scalar keeps the address of its specification.</summary>
    public const string SpecifiedByKey = "wuzhong.specifiedByURL";

    /// <summary>Declares where a custom scalar's format is specified (served as <c>specifiedByURL</c>, printed as <c>@specifiedBy</c>).</summary>
    public static void SpecifiedBy(this ScalarGraphType scalar, string url) => scalar.Metadata[SpecifiedByKey] = url;

    /// <summary>The address of a scalar's specification, or null.</summary>
    public static string? SpecifiedByURL(IGraphType type) => type.GetMetadata<string?>(SpecifiedByKey);

    /// <summary>
    /// The schema's SDL with <c>@specifiedBy(url:)</c> on each scalar that declares it, as graphql-js prints it
    /// (GraphQL.NET's printer does not know the directive).
    /// </summary>
    public static string PrintSpecifiedBy(ISchema schema, string sdl)
    {
        foreach (var scalar in schema.AllTypes.OfType<ScalarGraphType>())
        {
            if (SpecifiedByURL(scalar) is { } url)
            {
                sdl = sdl.Replace($"\nscalar {scalar.Name}\n", $"\nscalar {scalar.Name} @specifiedBy(url: \"{url}\")\n", StringComparison.Ordinal);
            }
        }
        return sdl;
    }

    /// <summary>Adds the missing fields and arguments to the schema's introspection types (once; a second call changes nothing).</summary>
    public static void AddTo(SchemaTypes types)
    {
        var @string = types["String"] ?? throw new InvalidOperationException("the schema has no String type");
        var boolean = types["Boolean"] ?? throw new InvalidOperationException("the schema has no Boolean type");
        if (types["__Type"] is IObjectGraphType type && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "The address of the specification of a custom scalar's format; null for other types.",
                ResolvedType = @string,
                Resolver = new FuncFieldResolver<object?>(c => c.Source is IGraphType source ? SpecifiedByURL(source) : null),
            });
        }
        if (types["__Directive"] is IObjectGraphType directive && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(boolean) { Name = "includeDeprecated", DefaultValue = false });
            var all = args.Resolver ?? throw new InvalidOperationException("__Directive.args has no resolver");
            args.Resolver = new FuncFieldResolver<object?>(async c =>
            {
                var listed = await all.ResolveAsync(c).ConfigureAwait(false);
                return c.GetArgument<bool>("includeDeprecated") || listed is not IEnumerable<QueryArgument> arguments
                    ? listed
                    : arguments.Where(a => a.DeprecationReason is null).ToList();
            });
        }
    }
}
