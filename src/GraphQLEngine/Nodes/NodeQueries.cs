using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;

namespace Wuzhong.GraphQLEngine.Nodes;

/// <summary><c>node(id)</c> and <c>nodes(ids)</c>: any entity declared as a Node, by its global id, batched like every other lookup.</summary>
public static class NodeQueries
{
    public static void AddTo(ObjectGraphType query, IEnumerable<IEntityDeclaration> entities)
    {
        var loaders = entities.Where(e => e.IsNode).ToDictionary(e => e.Name, e => (Func<IResolveFieldContext, int, IDataLoaderResult<object?>>)e.LoadNode, StringComparer.Ordinal);

        query.Field<NodeInterface>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .Resolve(context => Load(loaders, context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Lookup nodes by a list of IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            // Each id on its own: a bad one is a null element with an error at its index; the others are answered.
            .Resolve(context => DataLoaderResults.All(context.GetArgument<List<string>>("ids")
                .Select((id, index) => TryLoad(loaders, context, id) ?? Refused(context, id, index)).ToList()));
    }

    private static IDataLoaderResult<object?> Load(Dictionary<string, Func<IResolveFieldContext, int, IDataLoaderResult<object?>>> loaders,
        IResolveFieldContext context, string id) =>
        TryLoad(loaders, context, id) ?? throw InvalidId(id);

    private static IDataLoaderResult<object?>? TryLoad(Dictionary<string, Func<IResolveFieldContext, int, IDataLoaderResult<object?>>> loaders,
        IResolveFieldContext context, string id) =>
        GlobalId.TryDecode(id, out var typeName, out var key) && loaders.TryGetValue(typeName, out var load) ? load(context, key) : null;
    private static IDataLoaderResult<object?> Refused(IResolveFieldContext context, string id, int index)
    {
        var error = InvalidId(id);
        error.Path = [.. context.Path, index];
        context.Errors.Add(error);
        return DataLoaderResults.Known<object?>(null);
    }

    private static ExecutionError InvalidId(string id) => new($"\"{id}\" is not an id this API issued.") { Code = ErrorCodes.InvalidId };
}
