using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Wuzhong.GraphQLEngine.Data;
using Wuzhong.Domain.Organisation;
using Wuzhong.Domain.Plans;
using Wuzhong.Domain.Reporting;
using Wuzhong.GraphQLEngine.Nodes;

namespace Wuzhong.Api.GraphQL.Nodes;

/// <summary><c>node(id)</c> and <c>nodes(ids)</c>: any entity by its global id, batched like every other lookup.</summary>
public static class NodeQueries
{
    private static readonly Dictionary<string, Func<IResolveFieldContext, int, IDataLoaderResult<object?>>> Loaders = new(StringComparer.Ordinal)
    {
        ["Plan"] = (c, id) => c.LoadById<Plan>(id).Then(e => (object?)e),
        ["Section"] = (c, id) => c.LoadById<Section>(id).Then(e => (object?)e),
        ["TaskGroup"] = (c, id) => c.LoadById<TaskGroup>(id).Then(e => (object?)e),
        ["WorkTask"] = (c, id) => c.LoadById<WorkTask>(id).Then(e => (object?)e),
        ["Target"] = (c, id) => c.LoadById<Target>(id).Then(e => (object?)e),
        ["Department"] = (c, id) => c.LoadById<Department>(id).Then(e => (object?)e),
        ["District"] = (c, id) => c.LoadById<District>(id).Then(e => (object?)e),
        ["Leader"] = (c, id) => c.LoadById<Leader>(id).Then(e => (object?)e),
        ["ReportPeriod"] = (c, id) => c.LoadById<ReportPeriod>(id).Then(e => (object?)e),
        ["ProgressReport"] = (c, id) => c.LoadById<ProgressReport>(id).Then(e => (object?)e),
        ["TargetReport"] = (c, id) => c.LoadById<TargetReport>(id).Then(e => (object?)e),
    };

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Lookup nodes by a list of IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            // Each id on its own: a bad one is a null element with an error at its index; the others are answered.
            .Resolve(context => DataLoaderResults.All(context.GetArgument<List<string>>("ids")
                .Select((id, index) => TryLoad(context, id) ?? Refused(context, id, index)).ToList()));
    }

    private static IDataLoaderResult<object?> Load(IResolveFieldContext context, string id) =>
        TryLoad(context, id) ?? throw InvalidId(id);

    private static IDataLoaderResult<object?>? TryLoad(IResolveFieldContext context, string id) =>
        GlobalId.TryDecode(id, out var typeName, out var key) && Loaders.TryGetValue(typeName, out var load) ? load(context, key) : null;

    private static IDataLoaderResult<object?> Refused(IResolveFieldContext context, string id, int index)
    {
        var error = InvalidId(id);
        error.Path = [.. context.Path, index];
        context.Errors.Add(error);
        return DataLoaderResults.Known<object?>(null);
    }

    private static ExecutionError InvalidId(string id) => new($"\"{id}\" is not an id this API issued.") { Code = ErrorCodes.InvalidId };
}
